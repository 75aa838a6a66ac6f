import type { FieldError, ValidationError } from '../plan';
import type { CoreTranslate } from './catalogue';

/**
 * A field's validation message in the reader's language: the plan's rules say why as an id with
 * values (plan/validation.ts), the catalogue says it, and the field's label is the schema's word
 * in this language. An error without an id (from an older service) keeps its English message.
 */
export function fieldErrorText(t: CoreTranslate, error: FieldError): string {
  const { problem, label } = error;
  if (!problem || label === undefined) return error.message;
  const what = t.schema(label);
  switch (problem.id) {
    case 'tooLong':
      return t('validation.tooLong', { label: what, max: problem.max.toLocaleString(t.locale) });
    case 'choice':
      return t('validation.choice', { label: what, choices: problem.choices.map((choice) => t.schema(choice)).join(', ') });
    case 'unknownField':
      return t('validation.unknownField', { section: what, name: problem.name });
    default:
      return t(`validation.${problem.id}`, { label: what });
  }
}

/** Each refused field's message in the reader's language, by field name, for a form. */
export function fieldErrorTexts(t: CoreTranslate, error: ValidationError): Record<string, string> {
  return Object.fromEntries(error.errors.map((e) => [e.field, fieldErrorText(t, e)]));
}
