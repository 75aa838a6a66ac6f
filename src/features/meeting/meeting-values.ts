import type { RowRef } from '../../agenda';
import {
  MULTI_LINE_MAX,
  sectionById,
  strandChoice,
  validateValues,
  type ActionStatus,
  type FieldValue,
  type IsoDate,
  type StrandId,
} from '../../plan';

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

function linkedValues(linked: RowRef | undefined): Values {
  return linked ? { LinkedSection: linked.section, LinkedRowKey: linked.key } : { LinkedSection: null, LinkedRowKey: null };
}

export interface DecisionInput {
  readonly text: string;
  readonly strand?: StrandId;
  readonly linked?: RowRef;
}

/** A Decisions row made at the meeting. */
export function decisionValues(meeting: MeetingInfo, input: DecisionInput): Values {
  return validateValues(sectionById('decisions'), {
    DecisionText: input.text.trim(),
    MeetingKey: meeting.key,
    DecidedOn: meeting.date,
    Strand: input.strand ? strandChoice(input.strand) : null,
    ...linkedValues(input.linked),
  });
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

export interface RaisedActionInput {
  readonly title: string;
  readonly owner?: string;
  readonly dueDate?: string;
  readonly strand?: StrandId;
  readonly linked?: RowRef;
}

/** A new Actions row raised at the meeting: open, and saying which meeting raised it. */
export function raisedActionValues(meeting: MeetingInfo, input: RaisedActionInput): Values {
  return validateValues(sectionById('actions'), {
    ActionTitle: input.title,
    Owner: input.owner ?? null,
    DueDate: input.dueDate ?? null,
    Strand: input.strand ? strandChoice(input.strand) : null,
    Status: 'Open',
    RaisedInMeeting: meeting.key,
    ...linkedValues(input.linked),
  });
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
