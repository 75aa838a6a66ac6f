import { ValidationError, validateValues, type FieldDef, type FieldValue, type SectionDef, type ValidatedValues } from '../../plan';
import { CONFIRMATION_FIELD, RANGE_END_FIELD } from '../template-knowledge';
import { readCell } from './cell-values';
import type { YearHint } from './date-cell';
import { say, schema, type ImportMessage, type ImportSentence } from './import-messages';

export type ConvertedRow =
  | {
      readonly ok: true;
      readonly values: ValidatedValues;
      readonly notes: readonly ImportMessage[];
      /** A date in it could not be read as a day (its words are kept). */
      readonly unreadDate: boolean;
    }
  | { readonly ok: false; readonly errors: readonly ImportSentence[] };

/**
 * A row's cell texts as validated values: each cell read by its field's kind, a date span split
 * into its from/until fields, a "TBC" date marking the row's confirmation, then the same
 * `validateValues` every other write goes through.
 */
export function convertRow(section: SectionDef, cells: ReadonlyMap<FieldDef, string>, hint: YearHint | null): ConvertedRow {
  const values: Record<string, FieldValue> = {};
  const notes: ImportMessage[] = [];
  const errors: ImportSentence[] = [];
  let tbc = false;
  let unreadDate = false;
  const spans: [FieldDef, string][] = [];
  for (const [f, text] of cells) {
    const read = readCell(f, text, hint);
    if (!read.ok) {
      errors.push(read.message);
      continue;
    }
    values[f.name] = read.value;
    if (read.written !== undefined && f.written !== undefined) values[f.written] = read.written;
    notes.push(...read.notes);
    if (read.tbc) tbc = true;
    if (read.unread) unreadDate = true;
    if (read.until) spans.push([f, read.until]);
  }
  for (const [f, until] of spans) {
    const end = section.fields.find((x) => x.name === RANGE_END_FIELD[f.name]);
    if (end && (values[end.name] ?? null) === null) {
      values[end.name] = until;
      notes.push(say('import.note.spanEnd', { label: schema(f.label), end: schema(end.label), date: { date: until } }));
    } else {
      notes.push(say('import.note.spanStart', { label: schema(f.label) }));
    }
  }
  const confirmation = section.fields.find((f) => f.name === CONFIRMATION_FIELD);
  if (tbc && confirmation?.choices?.includes('TBC') && (values[confirmation.name] ?? null) === null) {
    values[confirmation.name] = 'TBC';
    notes.push(say('import.note.confirmation', { label: schema(confirmation.label), choice: schema('TBC') }));
  }
  if (errors.length > 0) return { ok: false, errors };
  try {
    return { ok: true, values: validateValues(section, values), notes, unreadDate };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, errors: error.errors.map((fieldError) => ({ fieldError })) };
    throw error;
  }
}
