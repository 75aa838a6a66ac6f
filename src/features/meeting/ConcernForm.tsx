import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { LiveStatus } from '../../components/LiveStatus';
import { useMessages } from '../../i18n';
import { useRecordFormStyles } from './record-form-styles';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** A concern the council raises during the meeting (Concerns raised, filed under the meeting's month). */
export function ConcernForm({ writes }: { writes: Pick<MeetingWrites, 'raiseConcern'> }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  const { errors, attempt } = useFieldErrors();
  const [community, setCommunity] = useState('');
  const [concern, setConcern] = useState('');
  const [added, setAdded] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (attempt(() => writes.raiseConcern({ community, concern }))) {
      setAdded(t('meeting.record.concernAdded'));
      setCommunity('');
      setConcern('');
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('meeting.record.concernForm')}>
      <Field label={t('meeting.record.community')} validationState={errors.Community ? 'error' : 'none'} validationMessage={errors.Community}>
        <Input value={community} onChange={(_, data) => setCommunity(data.value)} />
      </Field>
      <Field label={t('meeting.record.concern')} required validationState={errors.Concern ? 'error' : 'none'} validationMessage={errors.Concern}>
        <Textarea value={concern} rows={3} resize="vertical" onChange={(_, data) => setConcern(data.value)} />
      </Field>
      <Button type="submit" icon={<AddRegular />} className={styles.submit}>
        {t('meeting.record.addConcern')}
      </Button>
      <LiveStatus text={added} />
    </form>
  );
}
