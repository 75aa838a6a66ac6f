/**
 * Calendar dates as 'YYYY-MM-DD' strings. The plan deals in days, never instants, and
 * SharePoint returns date-only columns as local midnight in UTC, so everything is normalised here.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2031-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * A stored date value back to 'YYYY-MM-DD'. SharePoint sends date-only values as an instant such
 * as '2031-03-20T00:00:00Z' or '2031-03-19T23:00:00Z' (local midnight in UTC); round to the
 * nearest day so a UK summer-time midnight does not land on the day before.
 */
export function toIsoDate(value: string): IsoDate {
  if (isIsoDate(value)) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new RangeError(`"${value}" is not a date`);
  const day = 24 * 60 * 60 * 1000;
  return new Date(Math.round(instant / day) * day).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date where the user is (not in UTC). */
export function todayLocal(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '2031-01-12' → '12 Jan 2031'. */
export function formatDate(date: IsoDate): string {
  return FORMAT.format(new Date(`${date}T00:00:00Z`));
}
