import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { AgendaItem } from '../../agenda';
import type { StrandId } from '../../plan';
import { LiveStatus } from '../../components/LiveStatus';
import { useMessages } from '../../i18n';
import { useCurrentPlan } from '../../lib/plan-context';
import { rowRefLabel } from './meeting-rows';
import { useRecordFormStyles } from './record-form-styles';
import { StrandSelect } from './StrandSelect';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';

/** Records a decision on the current item: its words, strand and the row it is about (a Decisions row). */
export function DecisionForm({ item, writes }: { item: AgendaItem; writes: Pick<MeetingWrites, 'recordDecision'> }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  const { plan } = useCurrentPlan();
  const { errors, attempt } = useFieldErrors();
  const [text, setText] = useState('');
  const [strand, setStrand] = useState<StrandId | undefined>(item.strand);
  const [about, setAbout] = useState(item.rows.length === 1 ? item.rows[0]!.key : '');
  const [recorded, setRecorded] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const linked = item.rows.find((r) => r.key === about);
    if (attempt(() => writes.recordDecision({ text, ...(strand !== undefined && { strand }), ...(linked && { linked }) }))) {
      setText('');
      setRecorded(t('meeting.record.decisionRecorded', { text: text.trim() }));
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('meeting.record.decisionForm')}>
      <Field
        label={t('meeting.record.decision')}
        required
        validationState={errors.DecisionText ? 'error' : 'none'}
        validationMessage={errors.DecisionText}
      >
        <Textarea value={text} rows={3} resize="vertical" onChange={(_, data) => setText(data.value)} />
      </Field>
      <StrandSelect value={strand} onChange={setStrand} />
      {item.rows.length > 0 && (
        <Field label={t('meeting.record.about')}>
          <Select className={styles.control} value={about} onChange={(_, data) => setAbout(data.value)}>
            <option value="">{t('meeting.record.aboutItem')}</option>
            {item.rows.map((ref) => (
              <option key={ref.key} value={ref.key}>
                {rowRefLabel(plan, ref)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button type="submit" appearance="primary" icon={<CheckmarkRegular />} className={styles.submit}>
        {t('meeting.record.recordDecision')}
      </Button>
      <LiveStatus text={recorded} />
    </form>
  );
}
