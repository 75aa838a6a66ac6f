import type { FieldDef, FieldValue, SectionDef } from '../plan';

/** What a form control holds: text for every kind but yes/no, which is a tick. */
export type FormValue = string | boolean;
export type FormValues = Readonly<Record<string, FormValue>>;

/** A stored value as its control shows it (absent → empty). */
export function toFormValue(field: FieldDef, value: FieldValue | undefined): FormValue {
  if (field.kind === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  return String(value);
}

export function toFormValues(section: SectionDef, values: Readonly<Record<string, FieldValue>>): FormValues {
  return Object.fromEntries(section.fields.map((f) => [f.name, toFormValue(f, values[f.name])]));
}

/**
 * A control's value for validation. A number that does not parse is passed on as text so that
 * the schema's own rule reports it ("… must be a number").
 */
export function fromFormValue(field: FieldDef, value: FormValue): unknown {
  if (field.kind === 'boolean') return value === true;
  const text = String(value);
  if (text.trim() === '') return null;
  if (field.kind === 'number') {
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : text;
  }
  return text;
}

/** Only the fields whose control differs from where it started (for an update). */
export function changedFormFields(section: SectionDef, initial: FormValues, current: FormValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const f of section.fields) {
    if (initial[f.name] !== current[f.name]) changes[f.name] = fromFormValue(f, current[f.name] ?? '');
  }
  return changes;
}

export function allFormFields(section: SectionDef, current: FormValues): Record<string, unknown> {
  return Object.fromEntries(section.fields.map((f) => [f.name, fromFormValue(f, current[f.name] ?? '')]));
}
