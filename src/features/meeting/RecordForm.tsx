import { Button, Field, Select } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../agenda';
import { strandChoice } from '../../plan';
import { FieldControl } from '../../components/FieldControl';
import { fromFormValue, toFormValue, type FormValues } from '../../components/form-values';
import { Announcement } from '../../components/Announcement';
import type { MessageKey, Translate } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { ArgsFor } from '../../i18n/catalogue';
import { useCurrentPlan } from '../../lib/plan-context';
import { useMeeting } from './meeting-context';
import { recordFields, recordsAboutRow, type RecordKind } from './meeting-records';
import { rowRefLabel } from './meeting-rows';
import { useRecordFormStyles } from './record-form-styles';
import { useDraft } from './use-draft';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** The words each kind of record uses: the form's name, its button and what is announced once sent. */
type Done = (t: Translate, values: FormValues) => string;
/** Messages that take no parameters. */
type Plain = { [K in MessageKey]: ArgsFor<K> extends [] ? K : never }[MessageKey];
const text = (values: FormValues, name: string) => String(values[name] ?? '').trim();
const WORDS: Readonly<Record<RecordKind, { form: Plain; submit: Plain; done: Done }>> = {
  decision: { form: 'meeting.record.decisionForm', submit: 'meeting.record.recordDecision', done: (t, v) => t('meeting.record.decisionRecorded', { text: text(v, 'DecisionText') }) },
  action: { form: 'meeting.record.actionForm', submit: 'meeting.record.addAction', done: (t, v) => t('meeting.record.actionAdded', { title: text(v, 'ActionTitle') }) },
  concern: { form: 'meeting.record.concernForm', submit: 'meeting.record.addConcern', done: (t) => t('meeting.record.concernAdded') },
  update: { form: 'meeting.record.updateForm', submit: 'meeting.record.addUpdate', done: (t, v) => t('meeting.record.updateAdded', { community: text(v, 'Community') }) },
  note: { form: 'meeting.record.noteForm', submit: 'meeting.record.addNote', done: (t) => t('meeting.record.noteAdded') },
};

/**
 * One form for everything recorded on an agenda item: the section's `inMeeting` fields from the
 * schema, and "About" when the item has rows. What is typed is kept as this person's draft for
 * the item until it is recorded; Ctrl+Enter records from any field.
 */
export function RecordForm({ kind, item, writes }: { kind: RecordKind; item: AgendaItem; writes: Pick<MeetingWrites, 'record'> }) {
  const t = useFullMessages();
  const styles = useRecordFormStyles();
  const { plan } = useCurrentPlan();
  const meeting = useMeeting();
  const { errors, attempt } = useFieldErrors();
  const fields = recordFields(kind);
  const aboutRow = recordsAboutRow(kind, item);
  const blank = useMemo<FormValues>(
    () => ({
      ...Object.fromEntries(fields.map((f) => [f.name, toFormValue(f, f.name === 'Strand' && item.strand !== undefined ? strandChoice(item.strand) : null)])),
      ...(aboutRow && { about: item.rows.length === 1 ? item.rows[0]!.key : '' }),
    }),
    [fields, item, aboutRow],
  );
  const [values, setValues, clear] = useDraft(meeting.key, item.id, kind, blank);
  const [done, setDone] = useState<string>();
  const words = WORDS[kind];

  const send = () => {
    const entered = Object.fromEntries(fields.map((f) => [f.name, fromFormValue(f, values[f.name] ?? '')]));
    const about = item.rows.find((r) => r.key === values.about);
    if (attempt(() => writes.record(kind, item, entered, about))) {
      clear();
      setDone(words.done(t, values));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={t(words.form)}>
      {fields.map((f) => (
        <FieldControl key={f.name} field={f} value={values[f.name] ?? ''} error={errors[f.name]} onChange={(value) => setValues({ ...values, [f.name]: value })} />
      ))}
      {aboutRow && (
        <Field label={t('meeting.record.about')}>
          <Select className={styles.control} value={String(values.about ?? '')} onChange={(_, data) => setValues({ ...values, about: data.value })}>
            <option value="">{t('meeting.record.aboutItem')}</option>
            {item.rows.map((ref) => (
              <option key={ref.key} value={ref.key}>
                {rowRefLabel(plan, ref)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button type="submit" appearance={kind === 'decision' ? 'primary' : 'secondary'} icon={kind === 'decision' ? <CheckmarkRegular /> : <AddRegular />} className={styles.submit}>
        {t(words.submit)}
      </Button>
      <Announcement text={done} />
    </form>
  );
}
