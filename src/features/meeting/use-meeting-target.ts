import { useState } from 'react';
import type { IsoDate, Plan, Row } from '../../plan';
import { textOf } from '../../plan/read-values';
import { newRowKey } from '../../lib/row-key';
import { findMeeting, meetingKeyFor, nextOpenMeeting, plannedMeetingFor, type PlannedMatch } from './meeting-rows';

export interface MeetingTarget {
  readonly key: string;
  readonly teamsMeetingId: string | undefined;
  readonly row: Row<'meetings'> | undefined;
  /** A planned row to record this Teams meeting on (once), or the rows to choose from. */
  readonly planned?: PlannedMatch;
}

/**
 * Which Meetings row a page is about. In Teams: the row recording this Teams meeting, or the key
 * its row will have (the same for every participant). In a browser, `meeting=<id>` names a row by
 * key, or stands for a Teams meeting id the same way. A Teams meeting the plan has not seen is
 * the meeting planned for that day (see plannedMeetingFor). With neither, the next meeting not yet
 * closed, else a new meeting.
 */
export function useMeetingTarget(plan: Plan, meetingRef: string | undefined, today: IsoDate | undefined): MeetingTarget {
  const [newKey] = useState(newRowKey);
  if (meetingRef) {
    const row = findMeeting(plan, meetingRef);
    if (row) return { key: row.key, teamsMeetingId: textOf(row.values.TeamsMeetingId) ?? undefined, row };
    // Without a day (the person said it is a new meeting) the call gets a row of its own.
    const planned = today ? plannedMeetingFor(plan, today) : undefined;
    if (planned?.kind === 'link') return { key: planned.row.key, teamsMeetingId: meetingRef, row: planned.row, planned };
    return { key: meetingKeyFor(plan.header.key, meetingRef), teamsMeetingId: meetingRef, row: undefined, planned };
  }
  const row = nextOpenMeeting(plan) ?? plan.sections.meetings.find((m) => m.key === newKey);
  return { key: row?.key ?? newKey, teamsMeetingId: undefined, row };
}
