import type { IsoDate } from '../../plan';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in the UK (the census office's and the councils' day), never the caller's. */
export function serverToday(now: Date = new Date()): IsoDate {
  return LONDON_DAY.format(now) as IsoDate;
}
