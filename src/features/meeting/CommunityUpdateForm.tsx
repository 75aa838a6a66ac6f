import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { LiveStatus } from '../../components/LiveStatus';
import { useMessages } from '../../i18n';
import { useRecordFormStyles } from './record-form-styles';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** A community update the CEM gives during the meeting, dated the day of the meeting. */
export function CommunityUpdateForm({ writes }: { writes: Pick<MeetingWrites, 'addCommunityUpdate'> }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  const { errors, attempt } = useFieldErrors();
  const [community, setCommunity] = useState('');
  const [activity, setActivity] = useState('');
  const [added, setAdded] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (attempt(() => writes.addCommunityUpdate({ community, activity }))) {
      setAdded(t('meeting.record.updateAdded', { community: community.trim() }));
      setCommunity('');
      setActivity('');
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('meeting.record.updateForm')}>
      <Field label={t('meeting.record.community')} required validationState={errors.Community ? 'error' : 'none'} validationMessage={errors.Community}>
        <Input value={community} onChange={(_, data) => setCommunity(data.value)} />
      </Field>
      <Field label={t('meeting.record.activity')} validationState={errors.Activity ? 'error' : 'none'} validationMessage={errors.Activity}>
        <Textarea value={activity} rows={3} resize="vertical" onChange={(_, data) => setActivity(data.value)} />
      </Field>
      <Button type="submit" icon={<AddRegular />} className={styles.submit}>
        {t('meeting.record.addUpdate')}
      </Button>
      <LiveStatus text={added} />
    </form>
  );
}
