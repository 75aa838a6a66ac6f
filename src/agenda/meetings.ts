import { type IsoDate, type Row } from '../plan';
import { dateOf, textOf } from '../plan/read-values';

/**
 * The meeting an agenda follows on from: the latest one held before `meetingDate`. A meeting
 * still only Planned did not take place, so it is passed over; on a tie of dates the one with a
 * saved agenda wins, then the higher row key, so the choice never depends on load order.
 */
export function findPreviousMeeting(meetings: readonly Row<'meetings'>[], meetingDate: IsoDate): Row<'meetings'> | undefined {
  let best: { row: Row<'meetings'>; rank: string } | undefined;
  for (const row of meetings) {
    const date = dateOf(row.values.MeetingDate);
    if (date === null || date >= meetingDate || textOf(row.values.MeetingStatus) === 'Planned') continue;
    const rank = `${date}\u0001${textOf(row.values.AgendaSnapshot) ? 1 : 0}\u0001${row.key}`;
    if (!best || rank > best.rank) best = { row, rank };
  }
  return best?.row;
}

/** The date of the first meeting already in the plan on or after `date`, if any. */
export function scheduledMeetingFrom(meetings: readonly Row<'meetings'>[], date: IsoDate): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const row of meetings) {
    const when = dateOf(row.values.MeetingDate);
    if (when !== null && when >= date && (first === undefined || when < first)) first = when;
  }
  return first;
}
