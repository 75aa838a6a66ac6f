import { Checkbox, Field, Input, Select, Textarea, type InputProps } from '@fluentui/react-components';
import type { FieldDef, FieldKind } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import type { FormValue } from './form-values';
import { ChoiceOptions } from './ChoiceOptions';
import { DateField } from './DateField';
import { MeetingField } from './MeetingField';
import { PersonField } from './PersonField';

export interface FieldControlProps {
  readonly field: FieldDef;
  readonly value: FormValue;
  onChange(value: FormValue): void;
  /** The schema's message for this field, shown beneath it. */
  readonly error?: string;
}

const INPUT_TYPES: Partial<Record<FieldKind, InputProps['type']>> = {
  email: 'email',
  phone: 'tel',
  url: 'url',
  number: 'number',
};

/** One labelled control per field kind, with the template's guidance as its hint. */
export function FieldControl({ field, value, onChange, error }: FieldControlProps) {
  const t = useFullMessages();
  const fieldProps = {
    hint: field.help && t.schema(field.help),
    required: field.required,
    validationState: error ? ('error' as const) : ('none' as const),
    validationMessage: error,
  };
  if (field.kind === 'boolean') {
    return (
      <Field {...fieldProps}>
        <Checkbox label={t.schema(field.label)} checked={value === true} onChange={(_, data) => onChange(data.checked === true)} />
      </Field>
    );
  }
  const text = typeof value === 'string' ? value : '';
  // The people, date and meeting pickers show what they are given: the schema's words in the reader's language.
  const picker = { label: t.schema(field.label), hint: fieldProps.hint, required: field.required, error, onChange: (v: string) => onChange(v), value: text };
  if (field.kind === 'date') return <DateField {...picker} />;
  if (field.refersTo === 'meetings') return <MeetingField {...picker} />;
  if (field.kind === 'person') return <PersonField {...picker} />;
  if (field.kind === 'choice') {
    return (
      <Field label={t.schema(field.label)} {...fieldProps}>
        <Select value={text} onChange={(_, data) => onChange(data.value)}>
          <ChoiceOptions field={field} empty={!field.required || text === '' ? t('field.notSet') : undefined} />
        </Select>
      </Field>
    );
  }
  if (field.kind === 'note') {
    return (
      <Field label={t.schema(field.label)} {...fieldProps}>
        <Textarea value={text} resize="vertical" rows={4} onChange={(_, data) => onChange(data.value)} />
      </Field>
    );
  }
  return (
    <Field label={t.schema(field.label)} {...fieldProps} hint={field.help ? t.schema(field.help) : hintFor(field.kind, t)}>
      <Input
        type={INPUT_TYPES[field.kind] ?? 'text'}
        value={text}
        autoComplete="off"
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}

function hintFor(kind: FieldKind, t: ReturnType<typeof useFullMessages>): string | undefined {
  switch (kind) {
    case 'url':
      return t('field.hint.url');
    case 'phone':
      return t('field.hint.phone');
    default:
      return undefined;
  }
}
