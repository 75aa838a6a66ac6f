import { remembered } from './memo';
import { SITE_TIME_ZONE } from './site';

/**
 * SharePoint keeps a date-only column as local midnight in the site's time zone and Graph sends
 * it as that instant in UTC: 20 March is "2031-03-20T00:00:00Z" in winter, but 20 June is
 * "2031-06-19T23:00:00Z" in British Summer Time. The stand-in does the same, so clients must
 * treat these values as dates (see src/plan/dates.ts toIsoDate).
 */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function localParts(instant: number): { date: string; minutes: number } {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The site-local calendar date of an instant. */
export function siteDateOf(instant: number): string {
  return localParts(instant).date;
}

/** 'YYYY-MM-DD' → the UTC instant of local midnight at the site, as Graph writes it. */
export const siteMidnightInstant = remembered(midnightInstant);

function midnightInstant(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The site is at most a few hours off UTC: step back by the local time seen at UTC midnight.
  const { date: localDate, minutes } = localParts(utcMidnight);
  const offsetMinutes = localDate === date ? minutes : minutes - 24 * 60;
  return new Date(utcMidnight - offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An instant as Graph writes it: seconds precision, Z. */
export function graphInstant(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
