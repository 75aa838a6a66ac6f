import { isIsoDate, type IsoDate } from '../plan';

/**
 * Dates as people type and read them in the app's language (dd/mm/yyyy in en-GB), never in the
 * browser's: a council officer on a US-configured laptop still reads 03/04/2027 as 3 April.
 */

type Part = 'day' | 'month' | 'year';

/**
 * The language to ask Intl for: the app's, where this runtime has date data for it, else British
 * English. Chromium and Chrome carry none for Welsh; asked anyway, Intl answers in its default
 * language's order and names ("2027/02/28", "M01"), which the app's Welsh never means.
 */
export function intlLocale(locale: string): string {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
}

/** The order of day, month and year in the locale's short numeric date ("en-GB" → day, month, year). */
export function dateOrder(locale: string): readonly Part[] {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2027, 1, 28)))
    .map((p) => p.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
  return parts.length === 3 ? parts : ['day', 'month', 'year'];
}

/** '2027-02-28' → '28/02/2027' in en-GB (the locale's numeric order, separator "/"). */
export function formatDateText(date: IsoDate, locale: string): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-') as [string, string, string];
  const value: Record<Part, string> = { day, month, year };
  return dateOrder(locale)
    .map((part) => value[part])
    .join('/');
}

/** The years a plan's dates can sensibly fall in: a typo such as 0227 or 20227 is refused, not stored. */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * What someone typed as a date, in the locale's order, to 'YYYY-MM-DD'; undefined when it is not a
 * real date. Accepts "28/2/2027", "28.02.27", "28-02-2027", "28 Feb 2027" (as dates are shown
 * elsewhere in the app) and the ISO form. A two-digit year is this century's.
 */
export function parseDateText(text: string, locale: string): IsoDate | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return inRange(trimmed);
  const named = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{2}|\d{4})$/.exec(trimmed);
  if (named) {
    const month = MONTHS_EN.indexOf((named[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return undefined;
    return build(named[3] ?? '', String(month), named[1] ?? '');
  }
  const pieces = trimmed.split(/\s*[/.\- ]\s*/);
  if (pieces.length !== 3 || pieces.some((p) => !/^\d{1,4}$/.test(p))) return undefined;
  const order = dateOrder(locale);
  const value = Object.fromEntries(order.map((part, i) => [part, pieces[i] ?? ''])) as Record<Part, string>;
  if (value.day.length > 2 || value.month.length > 2 || ![2, 4].includes(value.year.length)) return undefined;
  return build(value.year, value.month, value.day);
}

function build(year: string, month: string, day: string): IsoDate | undefined {
  const fullYear = year.length === 2 ? `20${year}` : year;
  return inRange(`${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

function inRange(iso: string): IsoDate | undefined {
  if (!isIsoDate(iso)) return undefined;
  const year = Number(iso.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max ? iso : undefined;
}

/** A calendar day as the picker's Date (local midnight, as Fluent's calendar works in local time). */
export function isoToLocalDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function localDateToIso(date: Date): IsoDate {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}
