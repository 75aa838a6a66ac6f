import { useState } from 'react';
import type { Plan, Row } from '../../plan';
import { textOf } from '../../plan/read-values';
import { newRowKey } from '../../lib/row-key';
import { findMeeting, meetingKeyFor, nextOpenMeeting } from './meeting-rows';

export interface MeetingTarget {
  readonly key: string;
  readonly teamsMeetingId: string | undefined;
  readonly row: Row<'meetings'> | undefined;
}

/**
 * Which Meetings row a page is about. In Teams: the row recording this Teams meeting, or the key
 * its row will have (the same for every participant). In a browser, `meeting=<id>` names a row by
 * key, or stands for a Teams meeting id the same way. With neither, the next meeting not yet
 * closed, else a new meeting.
 */
export function useMeetingTarget(plan: Plan, meetingRef: string | undefined): MeetingTarget {
  const [newKey] = useState(newRowKey);
  if (meetingRef) {
    const row = findMeeting(plan, meetingRef);
    if (row) return { key: row.key, teamsMeetingId: textOf(row.values.TeamsMeetingId) ?? undefined, row };
    return { key: meetingKeyFor(plan.header.key, meetingRef), teamsMeetingId: meetingRef, row: undefined };
  }
  const row = nextOpenMeeting(plan) ?? plan.sections.meetings.find((m) => m.key === newKey);
  return { key: row?.key ?? newKey, teamsMeetingId: undefined, row };
}
