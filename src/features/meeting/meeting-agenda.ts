import { findPreviousMeeting, parseSavedAgenda, proposeAgenda, type Agenda } from '../../agenda';
import type { IsoDate, Plan, Row } from '../../plan';
import { dateOf, numberOf, textOf } from '../../plan/read-values';

/** A meeting's agreed agenda, or why it cannot be read. Neither when none has been agreed yet. */
export interface AgreedAgenda {
  readonly agenda?: Agenda;
  readonly problem?: string;
}

/** The agenda saved on a meeting's row when it was agreed (its AgendaSnapshot text). */
export function agreedAgenda(saved: string | null): AgreedAgenda {
  const json = saved?.trim();
  if (!json) return {};
  try {
    return { agenda: parseSavedAgenda(json) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** The length set for a meeting (Meetings.PlannedMinutes), if any; the engine's default otherwise. */
export function plannedMinutesOf(meeting: Row<'meetings'> | undefined): number | undefined {
  return numberOf(meeting?.values.PlannedMinutes) ?? undefined;
}

/**
 * The agenda the plan proposes for a meeting on `meetingDate`, following on from the latest
 * meeting held before it (the meeting itself left out, so re-proposing never follows itself),
 * fitted to the meeting's planned length.
 */
export function proposedAgenda(plan: Plan, meetingDate: IsoDate, meetingKey?: string, targetMinutes?: number): Agenda {
  const others = plan.sections.meetings.filter((m) => m.key !== meetingKey);
  return proposeAgenda({ plan, meetingDate, previousMeeting: findPreviousMeeting(others, meetingDate), ...(targetMinutes !== undefined && { targetMinutes }) });
}

/**
 * The date a new meeting starts with: the next date the last closed meeting set, when it is not
 * in the past; otherwise today. People change it before agreeing the agenda.
 */
export function defaultMeetingDate(plan: Plan, today: IsoDate): IsoDate {
  const planned = plan.sections.meetings
    .filter((m) => textOf(m.values.MeetingStatus) === 'Closed')
    .map((m) => dateOf(m.values.NextMeetingDate))
    .filter((d): d is IsoDate => d !== null)
    .sort()
    .at(-1);
  return planned !== undefined && planned >= today ? planned : today;
}

/** The index of the item the meeting is on (Meetings.CurrentItem holds its id); the first until one is chosen. */
export function currentItemIndex(agenda: Agenda, currentItemId: string | null): number {
  const index = currentItemId ? agenda.items.findIndex((item) => item.id === currentItemId) : -1;
  return Math.max(0, index);
}
