import { isIsoDate } from './iso-date';
import { remembered } from './memo';

/**
 * Date-only columns as SharePoint keeps them. A value written without a zone ('YYYY-MM-DD') is
 * read as midnight UTC; whatever instant was written, SharePoint keeps the calendar day it falls
 * on in the *site's* time zone, and Graph sends that day back as the site's local midnight in
 * UTC. So on a London site 20 June comes back as "…-06-19T23:00:00Z" (summer time), and on a
 * site west of UTC a bare '2031-06-20' is kept as 19 June. Clients must write an instant that
 * lands on the right day and read these values as days (src/plan/dates.ts toIsoDate).
 */
export interface SiteDates {
  /** The IANA zone of the site's regional settings. */
  readonly timeZone: string;
  /** The calendar day SharePoint keeps for a written value, or undefined when it is no date. */
  storedDate(value: string): string | undefined;
  /** A kept day as Graph sends it: the site's local midnight, in UTC. */
  midnightInstant(date: string): string;
  /** The site's local calendar day and wall-clock minutes of an instant. */
  localParts(instant: number): { date: string; minutes: number };
}

/** UK time, what the LAPP's sites are set to and the stand-in's default. */
export const DEFAULT_SITE_TIME_ZONE = 'Europe/London';

const cache = new Map<string, SiteDates>();

/** The dates of a site in the given zone; a zone the runtime does not know is refused by name. */
export function siteDatesFor(timeZone: string = DEFAULT_SITE_TIME_ZONE): SiteDates {
  const known = cache.get(timeZone);
  if (known) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  } catch {
    throw new RangeError(`The site time zone must be an IANA zone such as "Europe/London", not "${timeZone}".`);
  }
  const localParts = (instant: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
  };
  const midnightInstant = remembered((date: string) => {
    const utcMidnight = Date.parse(`${date}T00:00:00Z`);
    // Sites are within 14 hours of UTC: step from UTC midnight by the local time seen then.
    const { date: localDate, minutes } = localParts(utcMidnight);
    const offsetMinutes = localDate === date ? minutes : localDate < date ? minutes - 24 * 60 : minutes + 24 * 60;
    return graphInstant(new Date(utcMidnight - offsetMinutes * 60_000));
  });
  const storedDate = (value: string): string | undefined => {
    if (isIsoDate(value)) return localParts(Date.parse(`${value}T00:00:00Z`)).date;
    // JavaScript reads "2031-02-30T00:00:00Z" as 2 March; SharePoint refuses a day that does not exist.
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || !isIsoDate(value.slice(0, 10))) return undefined;
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? undefined : localParts(instant).date;
  };
  const dates: SiteDates = { timeZone, storedDate, midnightInstant, localParts };
  cache.set(timeZone, dates);
  return dates;
}

/** An instant as Graph writes it: seconds precision, Z. */
export function graphInstant(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
