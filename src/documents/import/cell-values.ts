import type { FieldDef, FieldValue, IsoDate } from '../../plan';
import { choiceWords, isStrandField, isToBeConfirmed, readTick, strandChoiceFor } from '../template-knowledge';
import { readDateCell, type YearHint } from './date-cell';

export type CellRead =
  | {
      readonly ok: true;
      readonly value: FieldValue;
      readonly notes: readonly string[];
      /** The end of a date span, for the field's companion ("22 to 26 March"). */
      readonly until?: IsoDate;
      /** The cell said "to be confirmed". */
      readonly tbc?: boolean;
    }
  | { readonly ok: false; readonly message: string };

const ok = (value: FieldValue, notes: readonly string[] = []): CellRead => ({ ok: true, value, notes });
const fail = (message: string): CellRead => ({ ok: false, message });

function readChoice(f: FieldDef, text: string): CellRead {
  const choices = f.choices ?? [];
  if (isStrandField(f)) {
    const strand = strandChoiceFor(text);
    if (strand) return ok(strand);
  }
  const wanted = choiceWords(text);
  const found = choices.find((c) => choiceWords(c) === wanted);
  if (found) return ok(found);
  if (isToBeConfirmed(text)) {
    const tbc = choices.find((c) => c === 'TBC');
    if (tbc) return ok(tbc);
  }
  return fail(`${f.label}: "${text}" is not one of ${choices.join(', ')}.`);
}

/** One cell's text as the value its field holds, with notes on anything the import had to decide. */
export function readCell(f: FieldDef, text: string, hint: YearHint | null): CellRead {
  const t = f.kind === 'note' ? text.trim() : text.replace(/\s+/g, ' ').trim();
  if (t === '') return ok(null);
  switch (f.kind) {
    case 'text':
    case 'note':
    case 'person':
    case 'phone':
      return ok(t);
    case 'email':
      return ok(t.replace(/^mailto:/i, ''));
    case 'url':
      return /^www\./i.test(t) ? ok(`https://${t}`, [`${f.label}: "${t}" read as https://${t}.`]) : ok(t);
    case 'choice':
      return readChoice(f, t);
    case 'boolean': {
      const tick = readTick(t);
      return tick === undefined ? fail(`${f.label}: "${t}" is not yes or no.`) : ok(tick);
    }
    case 'number': {
      const n = Number(t.replace(/,/g, ''));
      return Number.isFinite(n) ? ok(n) : fail(`${f.label}: "${t}" is not a number.`);
    }
    case 'date': {
      const read = readDateCell(t, hint);
      switch (read.kind) {
        case 'empty':
          return ok(null);
        case 'tbc':
          return { ok: true, value: null, notes: [`${f.label} was "${t}" (to be confirmed): left empty.`], tbc: true };
        case 'date':
          return ok(read.iso, read.notes);
        case 'range':
          return { ok: true, value: read.from, notes: read.notes, until: read.until };
        case 'invalid':
          return fail(`${f.label}: ${read.message}`);
      }
    }
  }
}
