import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX, type FieldDef, type FieldValue } from './field';
import type { SectionDef } from './section';

/** Markup has no place in a plan: it would be inert in the app but not in every SharePoint view. */
// Read as a browser reads HTML. A tag is "<" directly followed by a name, then a space, "/" or
// ">": so "Sam <sam@council.gov.uk>" and "ward 3 < ward 4 > ward 5" are not markup. An event
// handler is an attribute, so it follows a space, a quote or "/": "?online=1" in a link is not one.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:[\s/][^>]*)?>|<[!?]|(?:^|[\s"'`/])on[a-z]+\s*=|javascript:/i;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
/** A person is a role ("ACLM") or a name, optionally with an email: "Sam Patel <sam@council.gov.uk>". */
const PERSON = /^([^<>]{1,120})(?:\s<([^<>\s]+@[^<>\s]+)>)?$/;
const EMAIL = z.email();

/**
 * Why a value was refused, as an id with its values: the UI says it in the reader's language
 * (i18n/validation-text.ts, "validation.<id>"); `problemMessage` says it in English for the
 * service's logs and for callers with no catalogue.
 */
export type ValidationProblem =
  | { readonly id: 'required' | 'markup' | 'date' | 'boolean' | 'number' | 'email' | 'phone' | 'url' | 'person' | 'invalid' }
  | { readonly id: 'tooLong'; readonly max: number }
  | { readonly id: 'choice'; readonly choices: readonly string[] }
  | { readonly id: 'unknownField'; readonly name: string };

/** The problem's message in British English; `label` is the field's (or for an unknown field, the section's) title. */
export function problemMessage(label: string, problem: ValidationProblem): string {
  switch (problem.id) {
    case 'required':
      return `${label} is required.`;
    case 'tooLong':
      return `${label} can be at most ${problem.max.toLocaleString('en-GB')} characters.`;
    case 'markup':
      return `${label} must be plain text, without HTML or script.`;
    case 'choice':
      return `${label} must be one of: ${problem.choices.join(', ')}.`;
    case 'date':
      return `${label} must be a real date (YYYY-MM-DD).`;
    case 'boolean':
      return `${label} must be yes or no.`;
    case 'number':
      return `${label} must be a number.`;
    case 'email':
      return `${label} must be an email address, like name@council.gov.uk.`;
    case 'phone':
      return `${label} must be a phone number: digits, spaces, brackets and an optional leading +.`;
    case 'url':
      return `${label} must be a web address starting with https:// or http://.`;
    case 'person':
      return `${label} must be a role or a name, optionally followed by an email in angle brackets.`;
    case 'unknownField':
      return `${label} has no field called "${problem.name}".`;
    case 'invalid':
      return `${label} is not valid.`;
  }
}

// The rules below carry the problem's id as zod's message; fieldProblem turns it back into a problem.
function textRule(max: number) {
  return z.string().check(z.maxLength(max, { message: 'tooLong' }), z.refine((v) => !MARKUP.test(v), { message: 'markup' }));
}

/** The zod rule for one field's non-empty value. */
function ruleFor(f: FieldDef): z.ZodMiniType<FieldValue> {
  switch (f.kind) {
    case 'text':
      return textRule(SINGLE_LINE_MAX);
    case 'note':
      return textRule(MULTI_LINE_MAX);
    case 'choice': {
      const choices = f.choices ?? [];
      return z.string().check(z.refine((v) => choices.includes(v), { message: 'choice' }));
    }
    case 'date':
      return z.string().check(z.refine(isIsoDate, { message: 'date' }));
    case 'boolean':
      return z.boolean({ message: 'boolean' });
    case 'number':
      // zod 4's number already refuses Infinity and NaN.
      return z.number({ message: 'number' });
    case 'email':
      return z.string().check(z.maxLength(SINGLE_LINE_MAX, { message: 'tooLong' }), z.refine((v) => EMAIL.safeParse(v).success, { message: 'email' }));
    case 'phone':
      return z.string().check(z.refine((v) => PHONE.test(v), { message: 'phone' }));
    case 'url':
      return z.string().check(z.maxLength(SINGLE_LINE_MAX, { message: 'tooLong' }), z.refine(isSafeLink, { message: 'url' }));
    case 'person':
      return z.string().check(z.refine(isPerson, { message: 'person' }));
  }
}

/** The problem a rule of `f` reported by its id. */
function fieldProblem(f: FieldDef, id: string | undefined): ValidationProblem {
  switch (id) {
    case 'tooLong':
      return { id, max: f.kind === 'note' ? MULTI_LINE_MAX : SINGLE_LINE_MAX };
    case 'choice':
      return { id, choices: f.choices ?? [] };
    case 'markup':
    case 'date':
    case 'boolean':
    case 'number':
    case 'email':
    case 'phone':
    case 'url':
    case 'person':
      return { id };
    default:
      return { id: 'invalid' };
  }
}

/** Only http(s) and mailto links are ever stored or rendered as links. */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) && !MARKUP.test(value);
  } catch {
    return false;
  }
}

/** True for what a person field holds: a role or a name, optionally followed by "<email>". */
export function isPerson(value: string): boolean {
  const m = PERSON.exec(value.trim());
  if (!m || MARKUP.test(m[1] ?? '')) return false;
  return m[2] === undefined || EMAIL.safeParse(m[2]).success;
}

/** Splits "Sam Patel <sam@council.gov.uk>" into its name and email. */
export function parsePerson(value: string): { name: string; email?: string } {
  const m = PERSON.exec(value.trim());
  if (!m) return { name: value.trim() };
  return m[2] ? { name: (m[1] ?? '').trim(), email: m[2] } : { name: (m[1] ?? '').trim() };
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export interface FieldError {
  readonly field: string;
  /** In British English (problemMessage); the UI shows `problem` in the reader's language when it is there. */
  readonly message: string;
  /** Why, as an id with values, and the English label it is about (a schema word the UI translates). */
  readonly problem?: ValidationProblem;
  readonly label?: string;
}

function fieldError(field: string, label: string, problem: ValidationProblem): FieldError {
  return { field, message: problemMessage(label, problem), problem, label };
}

/** Why a row was refused: every field-level message, ready to show beside its control. */
export class ValidationError extends Error {
  constructor(
    readonly section: string,
    readonly errors: readonly FieldError[],
  ) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ValidationError';
  }
}

export type ValidationMode = 'create' | 'update';

declare const validated: unique symbol;

/**
 * Values that passed `validateValues` for their section. Writes carry this type from where the
 * values are built to storage, so the outbox and the stores trust them without checking again.
 */
export type ValidatedValues = Readonly<Record<string, FieldValue>> & { readonly [validated]: true };

/**
 * Two sets of values validated for the same section on `update` (which checks each field on its
 * own), one over the other: still valid field by field.
 */
export function overValidated(under: ValidatedValues, over: ValidatedValues): ValidatedValues {
  return { ...under, ...over } as ValidatedValues;
}

/**
 * Checks values against the section's rules and returns them normalised (trimmed text, empty →
 * null). On `update` only the fields present are checked, so a partial change is allowed; on
 * `create` required fields must be there. Unknown fields are refused, never passed through.
 */
export function validateValues(
  section: SectionDef,
  values: Readonly<Record<string, unknown>>,
  mode: ValidationMode = 'create',
): ValidatedValues {
  const errors: FieldError[] = [];
  const out: Record<string, FieldValue> = {};
  for (const name of Object.keys(values)) {
    if (!section.fields.some((f) => f.name === name)) {
      errors.push(fieldError(name, section.title, { id: 'unknownField', name }));
    }
  }
  for (const f of section.fields) {
    const present = Object.prototype.hasOwnProperty.call(values, f.name);
    if (mode === 'update' && !present) continue;
    const raw = values[f.name];
    if (isEmpty(raw)) {
      // A date that could not be read as a day is still given when its words are kept.
      const givenInWords = f.written !== undefined && !isEmpty(values[f.written]);
      if (f.required && !givenInWords) errors.push(fieldError(f.name, f.label, { id: 'required' }));
      else out[f.name] = null;
      continue;
    }
    const value = typeof raw === 'string' && f.kind !== 'note' ? raw.trim() : raw;
    const result = ruleFor(f).safeParse(value);
    if (result.success) out[f.name] = result.data;
    else errors.push(fieldError(f.name, f.label, fieldProblem(f, result.error.issues[0]?.message)));
  }
  if (errors.length > 0) throw new ValidationError(section.id, errors);
  return out as ValidatedValues;
}
