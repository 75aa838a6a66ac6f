import { isIsoDate, type IsoDate } from '../../plan';
import { isToBeConfirmed } from '../template-knowledge';
import { distinct, say, type ImportMessage } from './import-messages';

/** The year to give dates written without one, and why ("the document is about Census 2021"). */
export interface YearHint {
  readonly year: number;
  readonly reason: ImportMessage;
}

export type DateRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: IsoDate; readonly notes: readonly ImportMessage[] }
  | { readonly kind: 'range'; readonly from: IsoDate; readonly until: IsoDate; readonly notes: readonly ImportMessage[] }
  | { readonly kind: 'tbc' }
  | { readonly kind: 'invalid'; readonly message: ImportMessage };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A Welsh LAPP's months ("22 Mawrth 2031", "2 Rhag 2030"), by the start their full and short names share. */
const WELSH_MONTHS = ['ion', 'chwef', 'maw', 'ebr', 'mai', 'meh', 'gorff', 'awst', 'medi', 'hyd', 'tach', 'rhag'];
const ENGLISH_MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WELSH_MONTH = 'ion(?:awr)?|chwef(?:ror)?|maw(?:rth)?|ebr(?:ill)?|mai|meh(?:efin)?|gorff(?:ennaf)?|awst|medi|hyd(?:ref)?|tach(?:wedd)?|rhag(?:fyr)?';
const MONTH = `(${ENGLISH_MONTH}|${WELSH_MONTH})`;
/** English ordinals ("22nd") and Welsh ones ("1af", "2il", "3ydd", "5ed", "7fed", "11eg", "22ain"). */
const ORDINAL = '(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)';
const DAY = `(\\d{1,2})${ORDINAL}?`;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** "29 October 2020", "29.October 2020", "22nd March", "March 2021", "October 29, 2020". */
const DAY_MONTH_YEAR = new RegExp(`^(?:${DAY}[\\s.,-]*)?${MONTH}\\.?(?:[\\s.,-]+${DAY})?(?:[\\s.,-]+(\\d{4}))?$`, 'i');
const DAY_ONLY = new RegExp(`^${DAY}$`, 'i');
/** "22-26 March 2021", "22nd to 26th March", "22 i 26 Mawrth". */
const RANGE_SEPARATOR = new RegExp(`\\s+(?:to|until|till|i|tan)\\s+|\\s*[–—]\\s*|\\s+-\\s+|(?<=^\\d{1,2}${ORDINAL}?)\\s*-\\s*`, 'i');

interface Parts {
  day?: number;
  month?: number;
  year?: number;
}

function monthNumber(name: string): number {
  const word = name.toLowerCase();
  const welsh = WELSH_MONTHS.findIndex((stem) => word.startsWith(stem));
  return welsh >= 0 ? welsh + 1 : MONTHS.indexOf(word.slice(0, 3)) + 1;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function parseParts(text: string): Parts | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = NUMERIC.exec(t);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3] ?? '') };
  m = ISO.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const dayText = m[1] ?? m[3];
    return { month, ...(dayText && { day: Number(dayText) }), ...(m[4] && { year: Number(m[4]) }) };
  }
  m = DAY_ONLY.exec(t);
  if (m) return { day: Number(m[1]) };
  return undefined;
}

function toIso(parts: Parts, text: string, hint: YearHint | null): { iso: IsoDate; notes: ImportMessage[] } | ImportMessage {
  if (parts.month === undefined) return say('import.date.notDate', { text });
  const notes: ImportMessage[] = [];
  let year = parts.year;
  if (year === undefined) {
    if (!hint) return say('import.date.noYear', { text });
    year = hint.year;
    notes.push(say('import.note.yearAssumed', { text, year: String(year), reason: { message: hint.reason } }));
  }
  const day = parts.day ?? 1;
  const iso = `${String(year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(iso)) return say('import.date.notReal', { text });
  if (parts.day === undefined) notes.push(say('import.note.monthOnly', { text, date: { date: iso } }));
  return { iso, notes };
}

/** "w/c 9 March", "week commencing 9 March", "w/b 9/3/2031": the week is named by its first day. */
const WEEK_OF = /^(?:w\/?[cbd]\.?|wc|wb|week\s+(?:commencing|beginning|starting)(?:\s+on)?|wythnos\s+yn\s+dechrau)[\s:.,]+/i;

/**
 * Reads a date cell as people write them in the template: 28/10/2020, 1/1/2021, 29.October
 * 2020, 2nd Dec 2025, March 2021, w/c 9 March, "22nd March to 26th March" or "9–27 March 2026"
 * (a range) or TBC. Days come before months.
 */
export function readDateCell(text: string, hint: YearHint | null): DateRead {
  const t = text.trim().replace(WEEK_OF, '');
  if (t === '') return { kind: 'empty' };
  if (isToBeConfirmed(t)) return { kind: 'tbc' };
  const single = parseParts(t);
  if (single) {
    const read = toIso(single, t, hint);
    return 'id' in read ? { kind: 'invalid', message: read } : { kind: 'date', ...read };
  }
  const pieces = t.split(RANGE_SEPARATOR);
  if (pieces.length === 2) {
    const end = parseParts(pieces[1] ?? '');
    const start = parseParts(pieces[0] ?? '');
    if (start && end) {
      // "22nd to 26th March": the start borrows the end's month and year.
      const startParts: Parts = { ...start, month: start.month ?? end.month, year: start.year ?? end.year };
      const from = toIso(startParts, pieces[0] ?? '', hint);
      const until = toIso(end, pieces[1] ?? '', hint);
      if ('id' in from) return { kind: 'invalid', message: from };
      if ('id' in until) return { kind: 'invalid', message: until };
      if (until.iso < from.iso) return { kind: 'invalid', message: say('import.date.endsBefore', { text: t }) };
      return { kind: 'range', from: from.iso, until: until.iso, notes: distinct([...from.notes, ...until.notes]) };
    }
  }
  return { kind: 'invalid', message: say('import.date.unreadable', { text: t }) };
}

const NUMERIC_ANYWHERE = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g;

/** The dates in a cell that holds several written one after another ("21/01/2021 21/01/2021"), else null. */
export function numericDateList(text: string): string[] | null {
  const found = text.match(NUMERIC_ANYWHERE) ?? [];
  const rest = text.replace(NUMERIC_ANYWHERE, '').replace(/[\s,;]|\band\b/gi, '');
  return found.length >= 2 && rest === '' ? found : null;
}
