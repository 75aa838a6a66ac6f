import { isIsoDate, type IsoDate, type Plan, type Row } from '../plan';
import { dateOf, textOf } from '../plan/read-values';
import { applyCarry, type PreviousAgenda } from './carry';
import { AgendaInputError } from './errors';
import { checkTargetMinutes, DEFAULT_TARGET_MINUTES, fitToTarget } from './fit';
import { day } from './format';
import { campaignStage, proposeNextMeetingDate } from './milestones';
import { createActionIndexer } from './rules/action-index';
import { createActionItems } from './rules/actions';
import { checklistItems } from './rules/checklist';
import { communityUpdateItems } from './rules/community-updates';
import { concernItems } from './rules/concerns';
import type { Rule, RuleContext } from './rules/context';
import { offerItems } from './rules/offers';
import { planItems } from './rules/plan-changes';
import { strandItems, withoutListedActions } from './rules/strands';
import { parseSavedAgenda } from './saved-agenda';
import { date as dateValue, say, type AgendaText } from './text';
import type { Agenda, AgendaItem } from './types';

export interface ProposeAgendaInput {
  readonly plan: Plan;
  readonly meetingDate: IsoDate;
  /** The meeting before this one (see findPreviousMeeting); its saved agenda gives carry history. */
  readonly previousMeeting?: Row<'meetings'>;
  /** Overrides the date proposed from the plan's meeting cadence. */
  readonly nextMeetingDate?: IsoDate;
  /** How long the meeting is planned to take (default DEFAULT_TARGET_MINUTES); what does not fit is proposed for later. */
  readonly targetMinutes?: number;
}

function checkDates({ meetingDate, nextMeetingDate }: ProposeAgendaInput): void {
  if (!isIsoDate(meetingDate)) throw new AgendaInputError(say('agenda.error.meetingDate', { date: meetingDate }));
  if (nextMeetingDate === undefined) return;
  if (!isIsoDate(nextMeetingDate)) {
    throw new AgendaInputError(say('agenda.error.nextDate', { date: nextMeetingDate }));
  }
  if (nextMeetingDate <= meetingDate) {
    throw new AgendaInputError(say('agenda.error.nextBefore', { next: dateValue(nextMeetingDate), date: dateValue(meetingDate) }));
  }
}

/** The previous meeting's date and agreed agenda; a missing or unreadable agenda becomes a note. */
function readPrevious(meeting: Row<'meetings'>, meetingDate: IsoDate, notes: AgendaText[]): PreviousAgenda & { key: string } {
  const date = dateOf(meeting.values.MeetingDate);
  if (date === null || date >= meetingDate) {
    throw new AgendaInputError(say('agenda.error.previousAfter', { date: dateValue(meetingDate) }));
  }
  const json = textOf(meeting.values.AgendaSnapshot);
  if (json === null) {
    notes.push(say('agenda.note.noSavedAgenda', { date: dateValue(date) }));
    return { key: meeting.key, meetingDate: date, items: [] };
  }
  try {
    // Items left for later count as carried too: putting an item off is not dealing with it.
    const saved = parseSavedAgenda(json);
    return { key: meeting.key, meetingDate: date, items: [...saved.items, ...(saved.later ?? [])] };
  } catch {
    // A damaged record should not stop the next meeting from having an agenda.
    notes.push(say('agenda.note.unreadableAgenda', { date: dateValue(date) }));
    return { key: meeting.key, meetingDate: date, items: [] };
  }
}

/**
 * Builds agendas, remembering what it read of the last plan so that proposing again after a small
 * change reads only what changed. Its answers are the same as a fresh engine's: what it remembers
 * only saves work. Hold one per screen that re-proposes as the plan changes.
 */
export interface AgendaEngine {
  /**
   * The proposed agenda for a meeting: deterministic (the same plan, previous meeting and date
   * always give the same items in the same order), every item saying why it is there.
   */
  propose(input: ProposeAgendaInput): Agenda;
}

export function createAgendaEngine(): AgendaEngine {
  const indexActions = createActionIndexer();
  /** The order of this list is the order of the agenda. */
  const rules: readonly Rule[] = [createActionItems(), concernItems, offerItems, strandItems, checklistItems, communityUpdateItems, planItems];
  return { propose: (input) => buildAgenda(input, rules, indexActions) };
}

/** One agenda from a fresh engine: for a single build (the command line, exports, tests). */
export function proposeAgenda(input: ProposeAgendaInput): Agenda {
  return createAgendaEngine().propose(input);
}

function buildAgenda(input: ProposeAgendaInput, rules: readonly Rule[], indexActions: ReturnType<typeof createActionIndexer>): Agenda {
  checkDates(input);
  const targetMinutes = checkTargetMinutes(input.targetMinutes ?? DEFAULT_TARGET_MINUTES);
  const { plan, meetingDate } = input;
  const notes: AgendaText[] = [];
  const previous = input.previousMeeting ? readPrevious(input.previousMeeting, meetingDate, notes) : undefined;
  const context: RuleContext = {
    plan,
    meetingDate,
    nextMeetingDate: input.nextMeetingDate ?? proposeNextMeetingDate(plan, meetingDate),
    stage: campaignStage(plan.header.values, meetingDate),
    ...(previous && { previous: { key: previous.key, date: previous.meetingDate } }),
    actions: indexActions(plan.sections.actions),
  };
  const proposed = ([] as AgendaItem[]).concat(...rules.map((rule) => rule(context)));
  const fitted = fitToTarget(applyCarry(proposed, previous), targetMinutes);
  const items = withoutListedActions(fitted.items, fitted.items);
  const later = withoutListedActions(fitted.later, items);
  return {
    planId: plan.header.key,
    meetingDate,
    nextMeetingDate: context.nextMeetingDate,
    phase: context.stage,
    ...(previous && { previousMeetingDate: previous.meetingDate }),
    items,
    totalMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
    targetMinutes,
    later,
    notes,
  };
}
