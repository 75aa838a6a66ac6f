import type { IsoDate } from '../plan';
import type { CoreTranslate } from './catalogue';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * '2031-01-12' → '12 Jan 2031' in en-GB, '12 Ion 2031' in cy-GB: the calendar day, whatever the
 * reader's time zone. A browser whose Intl has no data for the language (Chromium's trimmed ICU
 * has no Welsh) would write "2031 M01 12"; there the day is written in British English instead.
 */
export function formatDay(date: IsoDate, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    const known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
    format = new Intl.DateTimeFormat(known, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * '2026-12-04' → '4 Dec 2026', '4 Rhag 2026' in Welsh: the calendar day with the month named from
 * the catalogue, so it reads the same in every browser (Chromium's Intl has no Welsh months).
 */
export function dayText(t: CoreTranslate, date: IsoDate): string {
  const [year, month, day] = date.split('-');
  const name = t('date.shortMonths').split(',')[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : formatDay(date, t.locale);
}

/**
 * Welsh writes "ac" before a vowel sound, "a" before a consonant. A, e, i, o, u, ŵ and ŷ are
 * always vowels; a plain w or y is a vowel before a consonant or alone ("ac ysgol", "ac wrth",
 * "ac y") and a consonant before a vowel ("a Wedi’i dicio", "a wal"). Letters, not sounds: a
 * rare word this misjudges reads as a slip, never as another meaning.
 */
const STARTS_WITH_VOWEL = /^(?:[aeiouâêîôûŵŷ]|[wy](?![aeiouwyâêîôûŵŷ]))/i;

/**
 * 'a', 'a and b', 'a, b and c' from the catalogue rather than Intl.ListFormat, whose Welsh
 * writes "a(c)" for the choice between "a" and "ac" that the catalogue makes by the next word.
 */
export function joinList(t: CoreTranslate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  const rest = parts.slice(0, -1).join(t('list.separator'));
  const last = parts.at(-1)!;
  return STARTS_WITH_VOWEL.test(last) ? t('list.lastBeforeVowel', { rest, last }) : t('list.last', { rest, last });
}
