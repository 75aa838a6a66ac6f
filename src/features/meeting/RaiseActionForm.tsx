import { Button, Field, Input } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { AgendaItem } from '../../agenda';
import type { StrandId } from '../../plan';
import { LiveStatus } from '../../components/LiveStatus';
import { useMessages } from '../../i18n';
import { useRecordFormStyles } from './record-form-styles';
import { StrandSelect } from './StrandSelect';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** Raises a new action in the meeting, linked to the current item's row when it has exactly one. */
export function RaiseActionForm({ item, writes }: { item: AgendaItem; writes: Pick<MeetingWrites, 'raiseAction'> }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  const { errors, attempt } = useFieldErrors();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [strand, setStrand] = useState<StrandId | undefined>(item.strand);
  const [added, setAdded] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const linked = item.rows.length === 1 ? item.rows[0] : undefined;
    if (attempt(() => writes.raiseAction({ title, owner, dueDate, ...(strand !== undefined && { strand }), ...(linked && { linked }) }))) {
      setAdded(t('meeting.record.actionAdded', { title: title.trim() }));
      setTitle('');
      setOwner('');
      setDueDate('');
    }
  };

  const error = (name: string) => ({ validationState: errors[name] ? ('error' as const) : ('none' as const), validationMessage: errors[name] });
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('meeting.record.actionForm')}>
      <Field label={t('meeting.record.actionTitle')} required {...error('ActionTitle')}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field label={t('meeting.action.owner')} hint={t('field.hint.person')} {...error('Owner')}>
        <Input value={owner} onChange={(_, data) => setOwner(data.value)} />
      </Field>
      <Field label={t('meeting.action.due')} {...error('DueDate')}>
        <Input className={styles.control} type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
      </Field>
      <StrandSelect value={strand} onChange={setStrand} />
      <Button type="submit" icon={<AddRegular />} className={styles.submit}>
        {t('meeting.record.addAction')}
      </Button>
      <LiveStatus text={added} />
    </form>
  );
}
