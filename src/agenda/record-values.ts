import { sectionById, strandChoice, validateValues, type FieldValue, type IsoDate, type StrandId } from '../plan';
import type { RowRef } from './types';

/**
 * The rows a meeting records, built one way whether they are written while the meeting runs
 * (the side panel) or when it closes (closeMeeting). Each is checked by the schema, so a
 * ValidationError carries a message per field before anything is written.
 */
type Values = Record<string, FieldValue>;

/** A decision as the people in the meeting word it. */
export interface MeetingDecision {
  readonly text: string;
  readonly strand?: StrandId;
  /** The row the decision is about, if any. */
  readonly linked?: RowRef;
}

/** A new action raised at a meeting, as the people in the meeting describe it. */
export interface RaisedAction {
  readonly title: string;
  /** "Name <email>" or a role. */
  readonly owner?: string;
  readonly dueDate?: IsoDate;
  readonly strand?: StrandId;
  /** The row the action is about, if any. */
  readonly linked?: RowRef;
}

function linkedValues(linked: RowRef | undefined): Values {
  return linked ? { LinkedSection: linked.section, LinkedRowKey: linked.key } : {};
}

/** The Decisions row for a decision made at the meeting `meetingKey` on `meetingDate`. */
export function decisionValues(meetingKey: string, meetingDate: IsoDate, decision: MeetingDecision): Values {
  return validateValues(sectionById('decisions'), {
    DecisionText: decision.text.trim(),
    MeetingKey: meetingKey,
    DecidedOn: meetingDate,
    Strand: decision.strand ? strandChoice(decision.strand) : null,
    ...linkedValues(decision.linked),
  });
}

/** The Actions row for an action raised at the meeting `meetingKey`: open, and saying which meeting raised it. */
export function raisedActionValues(meetingKey: string, action: RaisedAction): Values {
  return validateValues(sectionById('actions'), {
    ActionTitle: action.title,
    Owner: action.owner ?? null,
    DueDate: action.dueDate ?? null,
    Strand: action.strand ? strandChoice(action.strand) : null,
    Status: 'Open',
    RaisedInMeeting: meetingKey,
    ...linkedValues(action.linked),
  });
}
