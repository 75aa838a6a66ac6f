import type { IsoDate } from '../plan';
import type { Translate } from './catalogue';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** '2031-01-12' → '12 Jan 2031' in en-GB, '12 Ion 2031' in cy-GB: the calendar day, whatever the reader's time zone. */
export function formatDay(date: IsoDate, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * 'a', 'a and b', 'a, b and c' from the catalogue rather than Intl.ListFormat, whose Welsh
 * writes "a(c)" for the choice between "a" and "ac" that the catalogue makes by the next word.
 */
export function joinList(t: Translate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  const rest = parts.slice(0, -1).join(t('list.separator'));
  const last = parts.at(-1)!;
  return /^[aeiouwyâêîôûŵŷ]/i.test(last) ? t('list.lastBeforeVowel', { rest, last }) : t('list.last', { rest, last });
}
