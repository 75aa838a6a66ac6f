import {
  ACTION_STATUSES,
  isIsoDate,
  parsePerson,
  sectionById,
  validateValues,
  type ActionStatus,
  type FieldValue,
  type IsoDate,
  type Plan,
} from '../plan';
import { textOf } from '../plan/read-values';
import { AgendaInputError } from './errors';
import { proposeNextMeetingDate } from './milestones';
import { decisionValues, raisedActionValues, type MeetingDecision, type RaisedAction } from './record-values';
import { minutesText, recapText, type ActionOutcome, type MeetingRecords, type MeetingSummary } from './recap';
import { day } from './format';
import { date, say, type AgendaText } from './text';
import { saveAgenda } from './saved-agenda';
import type { Agenda } from './types';

type Values = Readonly<Record<string, FieldValue>>;

/** What the meeting did to an action: changed an existing one, or raised a new one. */
export type ActionUpdate =
  | { readonly type: 'update'; readonly key: string; readonly status?: ActionStatus; readonly dueDate?: IsoDate | null; readonly note?: string }
  | ({ readonly type: 'raise' } & RaisedAction);

export interface CloseMeetingInput {
  readonly plan: Plan;
  /** The Meetings row's key: what decisions' MeetingKey and actions' Raised/ClosedInMeeting hold. */
  readonly meetingKey: string;
  readonly meetingDate: IsoDate;
  /** The agenda as agreed. */
  readonly agenda: Agenda;
  /** "Name <email>" or a role, one per person. */
  readonly attendees: readonly string[];
  readonly decisions: readonly MeetingDecision[];
  readonly actionUpdates: readonly ActionUpdate[];
  /** Overrides the date proposed from the plan's meeting cadence. */
  readonly nextMeetingDate?: IsoDate;
  /** The agenda's titles and the minutes' and recap's wording in the language of the person closing the meeting, who writes the minutes (i18n agendaText). */
  readonly agendaText: (text: AgendaText) => string;
  /** Actions whose owner or due date the meeting changed (already written as it ran), for the minutes. */
  readonly changedActions?: readonly ActionOutcome[];
  /** The summary, concerns, updates and items not reached, for the minutes. */
  readonly records?: MeetingRecords;
}

/** Every row value closing the meeting writes, already validated, and the recap for the chat. */
export interface ClosedMeeting {
  /** Values for the Meetings row. */
  readonly meeting: Values;
  /** One Decisions row each. */
  readonly decisions: readonly Values[];
  /** Changes to existing Actions rows. */
  readonly actionChanges: readonly { readonly id: string; readonly key: string; readonly changes: Values }[];
  /** New Actions rows (the caller gives each a client key). */
  readonly newActions: readonly Values[];
  readonly summary: MeetingSummary;
  readonly recap: string;
}

function checkInput(input: CloseMeetingInput): IsoDate {
  const { meetingDate, agenda, plan } = input;
  if (!isIsoDate(meetingDate)) throw new AgendaInputError(say('agenda.error.meetingDate', { date: meetingDate }));
  if (agenda.planId !== plan.header.key) throw new AgendaInputError(say('agenda.error.otherPlan'));
  if (input.meetingKey.trim() === '') throw new AgendaInputError(say('agenda.error.noMeetingKey'));
  const next = input.nextMeetingDate ?? proposeNextMeetingDate(plan, meetingDate);
  if (!isIsoDate(next) || next <= meetingDate) {
    throw new AgendaInputError(say('agenda.error.nextAfter', { date: date(meetingDate) }));
  }
  return next;
}

function actionChangesFor(input: CloseMeetingInput, outcomes: ActionOutcome[]) {
  const actions = sectionById('actions');
  const byKey = new Map(input.plan.sections.actions.map((a) => [a.key, a]));
  const changes: { id: string; key: string; changes: Values }[] = [];
  const raised: Values[] = [];
  for (const update of input.actionUpdates) {
    if (update.type === 'raise') {
      const values = raisedActionValues(input.meetingKey, update);
      raised.push(values);
      outcomes.push(outcome('raised', values));
      continue;
    }
    const action = byKey.get(update.key);
    if (!action) throw new AgendaInputError(say('agenda.error.noAction', { key: update.key }));
    if (update.status && !ACTION_STATUSES.includes(update.status)) {
      throw new AgendaInputError(say('agenda.error.actionStatus', { status: String(update.status), statuses: { list: ACTION_STATUSES.map((s) => ({ schema: s })) } }));
    }
    const closing = update.status === 'Done' || update.status === 'Dropped';
    const oldNotes = textOf(action.values.ActionNotes);
    const note = update.note?.trim() ? `${day(input.meetingDate)}: ${update.note.trim()}` : undefined;
    const next = validateValues(
      actions,
      {
        ...(update.status && { Status: update.status }),
        ...(update.dueDate !== undefined && { DueDate: update.dueDate }),
        ...(closing && { ClosedInMeeting: input.meetingKey, ClosedOn: input.meetingDate }),
        ...(note && { ActionNotes: oldNotes ? `${oldNotes}\n${note}` : note }),
      },
      'update',
    );
    changes.push({ id: action.id, key: action.key, changes: next });
    const change = update.status === 'Done' ? 'done' : update.status === 'Dropped' ? 'dropped' : 'updated';
    outcomes.push(outcome(change, { ...action.values, ...next }));
  }
  return { changes, raised };
}

function outcome(change: ActionOutcome['change'], values: Values): ActionOutcome {
  const owner = textOf(values.Owner);
  const due = textOf(values.DueDate);
  return {
    change,
    title: textOf(values.ActionTitle) ?? 'Untitled action',
    ...(owner && { owner: parsePerson(owner).name }),
    ...(due && change !== 'done' && change !== 'dropped' && { dueDate: due }),
  };
}

/**
 * Closing a meeting, as pure data: the Meetings row (Closed, the agreed agenda, minutes, the next
 * date from the plan's cadence), its decisions, the action changes and the chat recap. Everything
 * is validated before anything is returned, so a caller never writes half a meeting.
 */
export function closeMeeting(input: CloseMeetingInput): ClosedMeeting {
  const nextMeetingDate = checkInput(input);
  const decisionTexts = input.decisions.map((d) => d.text.trim());
  const decisions = input.decisions.map((d) => decisionValues(input.meetingKey, input.meetingDate, d));
  const outcomes: ActionOutcome[] = [];
  const { changes, raised } = actionChangesFor(input, outcomes);
  // Names only: the record of who attended needs no email, and a note column refuses "<…>".
  const attendees = input.attendees.map((a) => parsePerson(a).name).filter((a) => a !== '');
  const summary: MeetingSummary = {
    council: textOf(input.plan.header.values.CouncilName) ?? input.plan.header.key,
    meetingDate: input.meetingDate,
    attendees,
    agenda: input.agenda,
    decisions: decisionTexts,
    actions: [...outcomes, ...(input.changedActions ?? [])],
    nextMeetingDate,
    ...(input.records && { records: input.records }),
  };
  const meeting = validateValues(
    sectionById('meetings'),
    {
      MeetingDate: input.meetingDate,
      Attendees: attendees.join('\n'),
      MeetingStatus: 'Closed',
      AgendaSnapshot: saveAgenda(input.agenda),
      Minutes: minutesText(summary, input.agendaText),
      ...(input.records?.summary !== undefined && { Summary: input.records.summary.trim() || null }),
      NextMeetingDate: nextMeetingDate,
    },
    'update',
  );
  return { meeting, decisions, actionChanges: changes, newActions: raised, summary, recap: recapText(summary, input.agendaText) };
}
