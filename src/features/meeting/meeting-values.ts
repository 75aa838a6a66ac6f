import { offerColumnsOf } from '../../agenda';
import { MULTI_LINE_MAX, sectionById, validateValues, type ActionStatus, type CampaignPhase, type FieldValue, type IsoDate, type SectionId, type ValidatedValues } from '../../plan';

/**
 * The values each thing recorded in a meeting writes, checked by the schema's own rules before
 * anything is sent (a ValidationError carries a message per field for the form to show).
 */
type Values = ValidatedValues;

/** Changes to a meeting's own row, checked where they are made. */
export function meetingChanges(changes: Readonly<Record<string, unknown>>): Values {
  return validateValues(sectionById('meetings'), changes, 'update');
}

/** A new meeting's row, checked where it is made. */
export function newMeetingValues(values: Readonly<Record<string, unknown>>): Values {
  return validateValues(sectionById('meetings'), values, 'create');
}

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

function offerColumns(section: SectionId): { readonly from: string; readonly confirmed: string } {
  const columns = offerColumnsOf(section);
  if (!columns) throw new Error(`"${section}" is not a table of offers.`);
  return columns;
}

/** An offer confirmed in the meeting (a completion facility: the CEM has briefed the staff). */
export function offerConfirmedChanges(section: SectionId): Values {
  return validateValues(sectionById(section), { [offerColumns(section).confirmed]: 'Yes' }, 'update');
}

/**
 * An offer given a new date: the day, and the words as written cleared, so the plan shows the
 * new day rather than the old "w/c 9 March" (an empty value clears the date).
 */
export function offerRedatedChanges(section: SectionId, date: string): Values {
  const def = sectionById(section);
  const from = offerColumns(section).from;
  const written = def.fields.find((f) => f.name === from)?.written;
  return validateValues(def, { [from]: date, ...(written && { [written]: null }) }, 'update');
}

/** A media checklist item ticked (or unticked) for a campaign phase. */
export function checklistTickChanges(section: SectionId, phase: CampaignPhase, ticked: boolean): Values {
  return validateValues(sectionById(section), { [phase]: ticked }, 'update');
}

/** The closed meeting's minutes with the notes taken during it, cut to fit one cell. */
export function minutesWithNotes(minutes: string, notes: string | null, heading: string): string {
  const text = notes ? `${minutes}\n\n${heading}\n${notes}` : minutes;
  return text.length <= MULTI_LINE_MAX ? text : `${text.slice(0, MULTI_LINE_MAX - 1)}…`;
}
