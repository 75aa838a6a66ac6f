import { decisionValues as decisionRow, raisedActionValues as raisedActionRow, type MeetingDecision, type RaisedAction } from '../../agenda';
import { MULTI_LINE_MAX, sectionById, validateValues, type ActionStatus, type FieldValue, type IsoDate } from '../../plan';

/**
 * The values each thing recorded in a meeting writes, checked by the schema's own rules before
 * anything is sent (a ValidationError carries a message per field for the form to show).
 */
type Values = Record<string, FieldValue>;

/** The meeting a record belongs to: its Meetings row key and its date. */
export interface MeetingInfo {
  readonly key: string;
  readonly date: IsoDate;
}

export type DecisionInput = MeetingDecision;

/** A Decisions row made at the meeting: the same row closing the meeting writes. */
export function decisionValues(meeting: MeetingInfo, input: DecisionInput): Values {
  return decisionRow(meeting.key, meeting.date, input);
}

/** A new status for an action; closing it (Done, Dropped) records the meeting and the day, reopening clears them. */
export function actionStatusChanges(meeting: MeetingInfo, status: ActionStatus): Values {
  const closing = status === 'Done' || status === 'Dropped';
  return validateValues(
    sectionById('actions'),
    { Status: status, ClosedInMeeting: closing ? meeting.key : null, ClosedOn: closing ? meeting.date : null },
    'update',
  );
}

/** A change to an action's owner or due date (an empty value clears it). */
export function actionDetailChanges(changes: { readonly owner?: string; readonly dueDate?: string }): Values {
  return validateValues(
    sectionById('actions'),
    {
      ...(changes.owner !== undefined && { Owner: changes.owner }),
      ...(changes.dueDate !== undefined && { DueDate: changes.dueDate }),
    },
    'update',
  );
}

export type RaisedActionInput = RaisedAction;

/** A new Actions row raised at the meeting: the same row closing the meeting writes for a raised action. */
export function raisedActionValues(meeting: MeetingInfo, input: RaisedActionInput): Values {
  return raisedActionRow(meeting.key, input);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A concern the council raises at the meeting, filed under the meeting's month ("March 2031"). */
export function concernValues(meeting: MeetingInfo, input: { readonly community?: string; readonly concern: string }): Values {
  return validateValues(sectionById('concernsRaised'), {
    Month: MONTH.format(new Date(`${meeting.date}T00:00:00Z`)),
    Community: input.community ?? null,
    Concern: input.concern.trim(),
    Resolved: false,
  });
}

/** A concern marked resolved on the day of the meeting. */
export function resolvedConcernChanges(meeting: MeetingInfo): Values {
  return validateValues(sectionById('concernsRaised'), { Resolved: true, ResolvedOn: meeting.date }, 'update');
}

/** A community update given at the meeting, dated the day of the meeting. */
export function communityUpdateValues(meeting: MeetingInfo, input: { readonly community: string; readonly activity: string }): Values {
  return validateValues(sectionById('communityUpdates'), {
    UpdateDate: meeting.date,
    Community: input.community,
    Activity: input.activity.trim(),
  });
}

/**
 * The meeting's running notes with one more line, "<item>: <note>". They are kept in the
 * Minutes column while the meeting runs; closing the meeting puts them under the minutes.
 */
export function appendedNotes(notes: string | null, itemTitle: string, note: string): Values {
  const line = `${itemTitle}: ${note.replace(/\s+/g, ' ').trim()}`;
  return validateValues(sectionById('meetings'), { Minutes: notes ? `${notes}\n${line}` : line }, 'update');
}

/** The closed meeting's minutes with the notes taken during it, cut to fit one cell. */
export function minutesWithNotes(minutes: string, notes: string | null, heading: string): string {
  const text = notes ? `${minutes}\n\n${heading}\n${notes}` : minutes;
  return text.length <= MULTI_LINE_MAX ? text : `${text.slice(0, MULTI_LINE_MAX - 1)}…`;
}
