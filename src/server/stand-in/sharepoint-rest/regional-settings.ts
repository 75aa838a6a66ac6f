import type { StandInRequest } from '../http/context';
import type { Reply } from '../http/reply';
import type { SiteDates } from '../site-dates';
import { spEntity } from './sp-reply';

/**
 * SharePoint's own ids and names for the zones a site is likely to use (the SP.TimeZone table of
 * the SharePoint REST reference). Other zones are described from their UTC offset with id 0.
 */
const SHAREPOINT_ZONES: Readonly<Record<string, readonly [number, string]>> = {
  'Europe/London': [2, '(UTC) Dublin, Edinburgh, Lisbon, London'],
  'Europe/Paris': [3, '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris'],
  'Europe/Berlin': [4, '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
  'America/New_York': [10, '(UTC-05:00) Eastern Time (US and Canada)'],
  'America/Chicago': [11, '(UTC-06:00) Central Time (US and Canada)'],
  'America/Denver': [12, '(UTC-07:00) Mountain Time (US and Canada)'],
  'America/Los_Angeles': [13, '(UTC-08:00) Pacific Time (US and Canada)'],
  'Pacific/Honolulu': [15, '(UTC-10:00) Hawaii'],
  'Pacific/Auckland': [17, '(UTC+12:00) Auckland, Wellington'],
};

/** Minutes east of UTC at an instant. */
function offsetAt(dates: SiteDates, instant: number): number {
  const { date, minutes } = dates.localParts(instant);
  const utc = new Date(instant);
  const utcDate = utc.toISOString().slice(0, 10);
  const utcMinutes = utc.getUTCHours() * 60 + utc.getUTCMinutes();
  return minutes - utcMinutes + (date === utcDate ? 0 : date > utcDate ? 1440 : -1440);
}

const hhmm = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/**
 * `GET _api/web/RegionalSettings/TimeZone`: the site's zone as SharePoint describes it. Bias is
 * minutes to add to local time for UTC at standard time; DaylightBias is added on top in summer.
 */
export function getTimeZone(req: StandInRequest, dates: SiteDates): Reply {
  const year = new Date().getUTCFullYear();
  const january = offsetAt(dates, Date.UTC(year, 0, 15));
  const july = offsetAt(dates, Date.UTC(year, 6, 15));
  const standard = Math.min(january, july);
  const known = SHAREPOINT_ZONES[dates.timeZone];
  const [id, description] = known ?? [0, `(UTC${standard === 0 ? '' : hhmm(standard)}) ${dates.timeZone}`];
  return spEntity(req, 'SP.TimeZone', {
    Description: description,
    Id: id,
    Information: { Bias: -standard, DaylightBias: -(Math.max(january, july) - standard), StandardBias: 0 },
  });
}
