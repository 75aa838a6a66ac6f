import type { IsoDate, Row } from '../plan';
import { dateOf, textOf } from '../plan/read-values';

/**
 * The real sequence of a plan's meetings. A Teams call is linked to the meeting planned for it,
 * but plans kept before that (or a call opened twice) may hold a planned row and a held row for
 * the same meeting: the held one is the meeting, and the planned one is passed over, so the
 * previous and next meeting are the same wherever they are read (the agenda, the roll-up, the CLI).
 */

/** A call this close to a meeting planned near it is that meeting (opened a little early or late). */
export const SAME_MEETING_DAYS = 3;

type Meeting = Row<'meetings'>;

/** Whole days from one calendar date to another, either way. */
export function daysApart(a: IsoDate, b: IsoDate): number {
  return Math.abs(Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000));
}

/** Taking place or taken place: Live or Closed. */
function held(row: Meeting): boolean {
  const status = textOf(row.values.MeetingStatus);
  return status === 'Live' || status === 'Closed';
}

/**
 * The meeting an agenda follows on from: the latest one held before `meetingDate`. A meeting
 * still only Planned did not take place, so it is passed over; on a tie of dates the one with a
 * saved agenda wins, then the higher row key, so the choice never depends on load order.
 */
export function findPreviousMeeting(meetings: readonly Meeting[], meetingDate: IsoDate): Meeting | undefined {
  let best: { row: Meeting; rank: string } | undefined;
  for (const row of meetings) {
    const date = dateOf(row.values.MeetingDate);
    if (date === null || date >= meetingDate || textOf(row.values.MeetingStatus) === 'Planned') continue;
    const rank = `${date}\u0001${textOf(row.values.AgendaSnapshot) ? 1 : 0}\u0001${row.key}`;
    if (!best || rank > best.rank) best = { row, rank };
  }
  return best?.row;
}

/**
 * The meetings still to be held, earliest first (ties by row key): rows not yet held, dated after
 * the latest meeting held, and not within a few days of a held meeting (which was that meeting,
 * recorded on a row of its own).
 */
export function meetingsToHold(meetings: readonly Meeting[]): { readonly row: Meeting; readonly date: IsoDate }[] {
  const heldDates = meetings.filter(held).flatMap((m) => dateOf(m.values.MeetingDate) ?? []);
  const latestHeld = heldDates.reduce<IsoDate | undefined>((latest, d) => (latest === undefined || d > latest ? d : latest), undefined);
  return meetings
    .flatMap((row) => {
      const date = dateOf(row.values.MeetingDate);
      if (date === null || held(row)) return [];
      if (latestHeld !== undefined && date <= latestHeld) return [];
      return heldDates.some((d) => daysApart(d, date) <= SAME_MEETING_DAYS) ? [] : [{ row, date }];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.row.key.localeCompare(b.row.key));
}

/**
 * The next meeting on or after `date`: the first still to be held, else the date the last
 * closed meeting agreed for the next one, if that is not before `date`.
 */
export function nextMeetingFrom(meetings: readonly Meeting[], date: IsoDate): IsoDate | undefined {
  const planned = meetingsToHold(meetings).find((m) => m.date >= date);
  if (planned) return planned.date;
  const agreed = meetings
    .filter((m) => textOf(m.values.MeetingStatus) === 'Closed')
    .flatMap((m) => dateOf(m.values.NextMeetingDate) ?? [])
    .sort()
    .at(-1);
  return agreed !== undefined && agreed >= date ? agreed : undefined;
}

/** The meeting taking place now, if one is Live (the earliest, should there be two). */
export function liveMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  return meetings
    .filter((m) => textOf(m.values.MeetingStatus) === 'Live' && dateOf(m.values.MeetingDate) !== null)
    .sort((a, b) => (dateOf(a.values.MeetingDate) ?? '').localeCompare(dateOf(b.values.MeetingDate) ?? ''))[0];
}
