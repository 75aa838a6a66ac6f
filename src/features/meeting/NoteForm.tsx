import { Button, Field, Textarea } from '@fluentui/react-components';
import { NoteAddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { AgendaItem } from '../../agenda';
import { LiveStatus } from '../../components/LiveStatus';
import { useMessages } from '../../i18n';
import { useRecordFormStyles } from './record-form-styles';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** A note on the current item, added to the meeting's running notes (they end up in the minutes). */
export function NoteForm({ item, writes }: { item: AgendaItem; writes: Pick<MeetingWrites, 'addNote'> }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  const { errors, attempt } = useFieldErrors();
  const [note, setNote] = useState('');
  const [added, setAdded] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') return;
    if (attempt(() => writes.addNote(item, note))) {
      setAdded(t('meeting.record.noteAdded'));
      setNote('');
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('meeting.record.noteForm')}>
      <Field label={t('meeting.record.note')} validationState={errors.Minutes ? 'error' : 'none'} validationMessage={errors.Minutes}>
        <Textarea value={note} rows={3} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Button type="submit" icon={<NoteAddRegular />} className={styles.submit}>
        {t('meeting.record.addNote')}
      </Button>
      <LiveStatus text={added} />
    </form>
  );
}
