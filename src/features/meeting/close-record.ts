import { closeMeeting, type ActionUpdate, type Agenda, type AgendaText, type ClosedMeeting, type MeetingDecision } from '../../agenda';
import { parsePerson, strandFromChoice, type FieldValue, type IsoDate, type Plan, type Row, type ValidatedValues } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { decisionsOf, notesText } from './meeting-rows';
import { meetingChanges, minutesWithNotes } from './meeting-values';
import { changedActions, meetingRecords } from './minutes-records';

/**
 * Closing a meeting whose decisions and action changes were written as they happened: the
 * record is read back from the plan (decisions with this MeetingKey, actions raised or closed in
 * this meeting), so whoever closes it, on whichever device, closes the same meeting.
 */

function decisionsFor(plan: Plan, meetingKey: string): MeetingDecision[] {
  return decisionsOf(plan, meetingKey).map((d) => {
    const strand = strandFromChoice(d.values.Strand);
    return { text: textOf(d.values.DecisionText) ?? '', ...(strand !== undefined && { strand }) };
  });
}

function actionUpdatesFor(plan: Plan, meetingKey: string): ActionUpdate[] {
  const updates: ActionUpdate[] = [];
  for (const action of plan.sections.actions) {
    const { values } = action;
    if (textOf(values.RaisedInMeeting) === meetingKey) {
      const owner = textOf(values.Owner);
      const dueDate = dateOf(values.DueDate);
      const strand = strandFromChoice(values.Strand);
      updates.push({
        type: 'raise',
        title: textOf(values.ActionTitle) ?? '',
        ...(owner && { owner }),
        ...(dueDate && { dueDate }),
        ...(strand !== undefined && { strand }),
      });
    }
    const status = textOf(values.Status);
    if (textOf(values.ClosedInMeeting) === meetingKey && (status === 'Done' || status === 'Dropped')) {
      updates.push({ type: 'update', key: action.key, status });
    }
  }
  return updates;
}

/** The people a new record lists by default: those already recorded, else the plan's CEM and ACLM. */
export function defaultAttendees(plan: Plan, meeting: Row<'meetings'>): string[] {
  const recorded = textOf(meeting.values.Attendees);
  if (recorded) return recorded.split('\n').map((a) => a.trim()).filter(Boolean);
  return [plan.header.values.Cem, plan.header.values.Aclm].flatMap((p) => {
    const person = textOf(p);
    return person ? [parsePerson(person).name] : [];
  });
}

export interface CloseRecordInput {
  readonly plan: Plan;
  readonly meeting: Row<'meetings'>;
  readonly agenda: Agenda;
  readonly attendees: readonly string[];
  readonly nextMeetingDate: IsoDate;
  /** The heading the running notes go under in the minutes. */
  readonly notesHeading: string;
  /** The agenda's titles in the closer's language, for the minutes (useAgendaText). */
  readonly agendaText: (text: AgendaText) => string;
  /** The written summary (Meetings.Summary); the one already saved when not given. */
  readonly summary?: string;
}

export interface CloseRecord {
  readonly closed: ClosedMeeting;
  /** What the Meetings row becomes (the decisions and actions are already in the plan). */
  readonly meetingChanges: ValidatedValues;
}

/** The closing record of a meeting: its row's changes (Closed, minutes with notes, next date) and the recap. */
export function closeRecord(input: CloseRecordInput): CloseRecord {
  const { plan, meeting } = input;
  const meetingDate = dateOf(meeting.values.MeetingDate) ?? input.agenda.meetingDate;
  const closed = closeMeeting({
    plan,
    meetingKey: meeting.key,
    meetingDate,
    agenda: input.agenda,
    attendees: input.attendees,
    decisions: decisionsFor(plan, meeting.key),
    actionUpdates: actionUpdatesFor(plan, meeting.key),
    nextMeetingDate: input.nextMeetingDate,
    agendaText: input.agendaText,
    changedActions: changedActions(plan, meeting.key, input.agenda),
    records: meetingRecords({
      plan,
      meeting,
      meetingDate,
      agenda: input.agenda,
      summary: input.summary ?? textOf(meeting.values.Summary) ?? undefined,
      agendaText: input.agendaText,
    }),
  });
  // The notes are rows of their own, read as they were recorded.
  const minutes = minutesWithNotes(String(closed.meeting.Minutes ?? ''), notesText(plan, meeting.key), input.notesHeading);
  return { closed, meetingChanges: meetingChanges({ ...closed.meeting, Minutes: minutes, CurrentItem: null }) };
}
