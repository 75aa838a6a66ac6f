import {
  MULTI_LINE_MAX,
  SINGLE_LINE_MAX,
  ValidationError,
  validateValues,
  type FieldDef,
  type FieldKind,
  type FieldValue,
  type SectionDef,
} from '../../../src/plan';

/** The kinds whose value is free text a person types: where markup could be smuggled in. */
export const TEXT_KINDS: readonly FieldKind[] = ['text', 'note', 'person', 'url', 'email', 'phone'];

/** Script and event handlers, as people paste them into forms to see what happens. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '" onmouseover="alert(1)',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
] as const;

/** What each kind of field says when it refuses markup, after the field's label. */
export const REFUSAL: Readonly<Record<string, string>> = {
  text: 'must be plain text, without HTML or script.',
  note: 'must be plain text, without HTML or script.',
  person: 'must be a role or a name, optionally followed by an email in angle brackets.',
  url: 'must be a web address starting with https:// or http://.',
  email: 'must be an email address, like name@council.gov.uk.',
  phone: 'must be a phone number: digits, spaces, brackets and an optional leading +.',
};

export function textFields(section: SectionDef): readonly FieldDef[] {
  return section.fields.filter((f) => TEXT_KINDS.includes(f.kind));
}

/** The longest value SharePoint keeps in a field of this kind, where it has a limit. */
export function lengthLimit(f: FieldDef): number | undefined {
  if (f.kind === 'note') return MULTI_LINE_MAX;
  if (f.kind === 'text') return SINGLE_LINE_MAX;
  return undefined;
}

/** A plain, valid value for a field of any kind. */
export function validValue(f: FieldDef): FieldValue {
  switch (f.kind) {
    case 'text':
      return 'Library meeting room';
    case 'note':
      return 'Agreed at the fortnightly review.';
    case 'choice':
      return f.choices?.[0] ?? null;
    case 'date':
      return '2031-03-02';
    case 'boolean':
      return true;
    case 'number':
      return 3;
    case 'email':
      return 'jo.marsh@wrenfield.example';
    case 'phone':
      return '01632 960 000';
    case 'url':
      return 'https://www.wrenfield.example/census';
    case 'person':
      return 'Jo Marsh <jo.marsh@wrenfield.example>';
  }
}

/** A row the section accepts: every required field filled in, plus `overrides`. */
export function validRow(section: SectionDef, overrides: Readonly<Record<string, FieldValue>> = {}): Record<string, FieldValue> {
  const required = section.fields.filter((f) => f.required).map((f) => [f.name, validValue(f)] as const);
  return { ...Object.fromEntries(required), ...overrides };
}

/** The field-level errors validateValues gives, or [] when it accepts the values. */
export function refusals(
  section: SectionDef,
  values: Readonly<Record<string, unknown>>,
  mode: 'create' | 'update' = 'create',
): readonly { field: string; message: string }[] {
  try {
    validateValues(section, values, mode);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // The English text a person reads and the field it names; the message id behind it is the
    // catalogue tests' concern.
    return error.errors.map(({ field, message }) => ({ field, message }));
  }
}
