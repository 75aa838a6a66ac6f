import { Field, Select } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useFullMessages } from '../i18n/use-full-messages';
import { useOptionalPlan } from '../lib/plan-context';
import { meetingChoices } from './meeting-choices';

export interface MeetingFieldProps {
  readonly label: string;
  /** The meeting's row key, or '' for none. */
  readonly value: string;
  onChange(value: string): void;
  readonly hint?: string;
  readonly required?: boolean;
  readonly error?: string;
}

/**
 * A field that points at one of the plan's meetings, chosen by date and kind (the stored value
 * stays the meeting's key). A key the plan no longer has is kept and shown as such, never dropped.
 */
export function MeetingField({ label, value, onChange, hint, required, error }: MeetingFieldProps) {
  const t = useFullMessages();
  const loaded = useOptionalPlan();
  const choices = useMemo(() => (loaded ? meetingChoices(loaded.plan, t) : []), [loaded, t]);
  const unknown = value !== '' && !choices.some((c) => c.key === value);
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{t('field.notSet')}</option>
        {unknown && <option value={value}>{t('meeting.notInPlan', { key: value })}</option>}
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
