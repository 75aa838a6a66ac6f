import { TICKED, type FieldDef, type FieldValue, type IsoDate } from '../../plan';
import { choiceWords, isStrandField, priorityLetter, isToBeConfirmed, readTick, strandChoiceFor } from '../template-knowledge';
import { ukDate } from '../template-knowledge';
import { readDateCell, type YearHint } from './date-cell';
import { say, schema, type ImportMessage } from './import-messages';

export type CellRead =
  | {
      readonly ok: true;
      readonly value: FieldValue;
      readonly notes: readonly ImportMessage[];
      /** The end of a date span, for the field's companion ("22 to 26 March"). */
      readonly until?: IsoDate;
      /** The cell said "to be confirmed". */
      readonly tbc?: boolean;
      /** A date's words as written, for the field's `written` companion, when they say more than the day. */
      readonly written?: string;
      /** No day could be read from a date cell: the row is kept, and the person should look at it. */
      readonly unread?: boolean;
    }
  | { readonly ok: false; readonly message: ImportMessage };

const ok = (value: FieldValue, notes: readonly ImportMessage[] = []): CellRead => ({ ok: true, value, notes });
const fail = (message: ImportMessage): CellRead => ({ ok: false, message });

function readChoice(f: FieldDef, text: string): CellRead {
  const choices = f.choices ?? [];
  if (isStrandField(f)) {
    const strand = strandChoiceFor(text);
    if (strand) return ok(strand);
  }
  const wanted = choiceWords(text);
  const found = choices.find((c) => choiceWords(c) === wanted);
  if (found) return ok(found);
  const letter = priorityLetter(text);
  if (letter && choices.includes(letter)) return ok(letter);
  // A grid the council ticked rather than ranked: the tick is what it wrote.
  if (choices.includes(TICKED) && readTick(text) === true) return ok(TICKED);
  if (isToBeConfirmed(text)) {
    const tbc = choices.find((c) => c === 'TBC');
    if (tbc) return ok(tbc);
  }
  return fail(say('import.cell.notChoice', { label: schema(f.label), text, choices: { list: choices.map(schema) } }));
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
      return /^www\./i.test(t) ? ok(`https://${t}`, [say('import.note.url', { label: schema(f.label), text: t, url: `https://${t}` })]) : ok(t);
    case 'choice':
      return readChoice(f, t);
    case 'boolean': {
      const tick = readTick(t);
      return tick === undefined ? fail(say('import.cell.notYesNo', { label: schema(f.label), text: t })) : ok(tick);
    }
    case 'number': {
      const n = Number(t.replace(/,/g, ''));
      return Number.isFinite(n) ? ok(n) : fail(say('import.cell.notNumber', { label: schema(f.label), text: t }));
    }
    case 'date':
      return readDate(f, t, hint);
  }
}

/**
 * A date cell: the day where one can be read, and — for a field that keeps its words — the
 * words whenever they say more than the day (a week, a span, a month, "Spring", "TBC"). A date
 * that cannot be read never costs such a row: the day stays empty and the words are kept.
 */
function readDate(f: FieldDef, t: string, hint: YearHint | null): CellRead {
  const read = readDateCell(t, hint);
  const words = f.written !== undefined ? { written: t } : {};
  switch (read.kind) {
    case 'empty':
      return ok(null);
    case 'tbc':
      return { ok: true, value: null, notes: [say('import.note.tbc', { label: schema(f.label), text: t })], tbc: true, ...words };
    case 'date':
      return { ok: true, value: read.iso, notes: read.notes, ...(t !== ukDate(read.iso) && words) };
    case 'range':
      return { ok: true, value: read.from, notes: read.notes, until: read.until, ...words };
    case 'invalid':
      if (f.written === undefined) return fail(say('import.cell.badDate', { label: schema(f.label), problem: { message: read.message } }));
      return { ok: true, value: null, unread: true, notes: [say('import.note.unreadDate', { label: schema(f.label), text: t, problem: { message: read.message } })], ...words };
  }
}
