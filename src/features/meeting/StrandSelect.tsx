import { Field, Select } from '@fluentui/react-components';
import { STRANDS, type StrandId } from '../../plan';
import { useRecordFormStyles } from './record-form-styles';
import { useMessages } from '../../i18n';

/** Choosing a strand (or none) for something recorded in the meeting. */
export function StrandSelect({ value, onChange }: { value: StrandId | undefined; onChange(strand: StrandId | undefined): void }) {
  const t = useMessages();
  const styles = useRecordFormStyles();
  return (
    <Field label={t('meeting.record.strand')}>
      <Select className={styles.control} value={value === undefined ? '' : String(value)} onChange={(_, data) => onChange(data.value === '' ? undefined : (Number(data.value) as StrandId))}>
        <option value="">{t('meeting.record.noStrand')}</option>
        {STRANDS.map((s) => (
          <option key={s.id} value={s.id}>
            {t('strand.badge', { id: s.id, name: s.short })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
