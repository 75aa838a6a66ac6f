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

/** A concern marked resolved on the day of the meeting. */
export function resolvedConcernChanges(meeting: MeetingInfo): Values {
  return validateValues(sectionById('concernsRaised'), { Resolved: true, ResolvedOn: meeting.date }, 'update');
}

/** The closed meeting's minutes with the notes taken during it, cut to fit one cell. */
export function minutesWithNotes(minutes: string, notes: string | null, heading: string): string {
  const text = notes ? `${minutes}\n\n${heading}\n${notes}` : minutes;
  return text.length <= MULTI_LINE_MAX ? text : `${text.slice(0, MULTI_LINE_MAX - 1)}…`;
}
