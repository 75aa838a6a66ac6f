import type { IsoDate } from '../../plan';
import { MINUTES } from '../minutes';
import { counted, date, say, type AgendaMessageId, type AgendaText } from '../text';
import type { AgendaItem, RowRef } from '../types';
import type { ClosedActionFacts, OpenActionFacts } from './action-facts';
import { refOf, type Rule, type RuleContext } from './context';

/**
 * Actions come first: the ones raised at the previous meeting (still open), then what was closed
 * since, then every other open action. Within each group the earliest due date leads, so overdue
 * actions come first; actions without a due date come last; ties go by title, then row key.
 */
export function createActionItems(): Rule {
  let lastMeeting: ItemMeeting | undefined;
  return (context) => {
    const meeting = itemMeeting(context, lastMeeting);
    lastMeeting = meeting;
    return actionItems(context, itemMaker(context, meeting));
  };
}

function actionItems(context: RuleContext, toItem: ItemMaker): AgendaItem[] {
  const { previous, actions } = context;
  const items: AgendaItem[] = [];
  // The ordered list is walked twice rather than split in two: each group keeps the order.
  if (previous) {
    for (const open of actions.ordered) if (open.raisedIn === previous.key) items.push(toItem(open, true));
    const closedSince = actions.closed.filter((closed) => closedSinceLast(closed, previous)).map((closed) => refOf(closed.row));
    if (closedSince.length > 0) items.push(closedItem(closedSince, previous.date));
  }
  for (const open of actions.ordered) if (previous === undefined || open.raisedIn !== previous.key) items.push(toItem(open, false));
  return items;
}

/** Closed on a day after the last meeting (or raised there), and not recorded as closed in it. */
function closedSinceLast(action: ClosedActionFacts, previous: { readonly key: string; readonly date: IsoDate }): boolean {
  if (action.closedIn === previous.key) return false;
  return action.raisedIn === previous.key || (action.closedOn !== null && action.closedOn > previous.date);
}

/**
 * What an action's item depends on besides the action: the meeting's dates and the meeting before
 * it (whose key says whether the action was raised there). The same object while they stay the same.
 */
interface ItemMeeting {
  readonly meetingDate: IsoDate;
  readonly nextMeetingDate: IsoDate;
  readonly previousKey: string | undefined;
  readonly previousDate: IsoDate | undefined;
}

function itemMeeting({ meetingDate, nextMeetingDate, previous }: RuleContext, last: ItemMeeting | undefined): ItemMeeting {
  if (last?.meetingDate === meetingDate && last.nextMeetingDate === nextMeetingDate && last.previousKey === previous?.key && last.previousDate === previous?.date) {
    return last;
  }
  return { meetingDate, nextMeetingDate, previousKey: previous?.key, previousDate: previous?.date };
}

type ItemMaker = (open: OpenActionFacts, raisedLast: boolean) => AgendaItem;

/**
 * Makes action items. An item depends only on its action's facts and the meeting, and facts
 * outlive a build (see action-index), so an unchanged action for the same meeting gets the item
 * it had. Thousands of actions share a few hundred due dates, so each reason is written once per
 * due day and state, and the items share it.
 */
function itemMaker(context: RuleContext, meeting: ItemMeeting): ItemMaker {
  const reasons = { open: new Map<number, AgendaText>(), inProgress: new Map<number, AgendaText>() };
  const fromLast = { open: new Map<number, AgendaText>(), inProgress: new Map<number, AgendaText>() };
  const origin = context.previous ? say('agenda.reason.raisedLast', { date: date(context.previous.date) }) : [];
  const reasonFor = (facts: OpenActionFacts, raisedLast: boolean): AgendaText => {
    const state = facts.inProgress ? 'inProgress' : 'open';
    const sameState = (raisedLast ? fromLast : reasons)[state];
    let reason = sameState.get(facts.day);
    if (reason === undefined) {
      const due = dueReason(facts.date, state, context);
      reason = raisedLast ? [...origin, ...due] : due;
      sameState.set(facts.day, reason);
    }
    return reason;
  };
  return (facts, raisedLast) => {
    if (facts.item !== undefined && facts.itemMeeting === meeting) return facts.item;
    const item: AgendaItem = {
      id: facts.id,
      kind: 'action',
      title: facts.titleText,
      reason: reasonFor(facts, raisedLast),
      minutes: MINUTES.action,
      rows: [facts.ref],
      // Always present (undefined when unknown): one object shape for every item is quicker to build.
      strand: facts.strand,
      owner: facts.owner,
      due: facts.date ?? undefined,
      flagged: false,
    };
    facts.item = item;
    facts.itemMeeting = meeting;
    return item;
  };
}

function dueReason(due: IsoDate | null, state: 'open' | 'inProgress', { meetingDate, nextMeetingDate }: RuleContext): AgendaText {
  const stated = (id: string): AgendaMessageId => `agenda.reason.${id}.${state}` as AgendaMessageId;
  if (due === null) return say(stated('noDue'));
  // The action is open, so due before the meeting is what isOverdue (plan/progress) calls overdue.
  if (due < meetingDate) return say('agenda.reason.overdue', { date: date(due) });
  if (due === meetingDate) return say(stated('dueToday'));
  return say(stated(due < nextMeetingDate ? 'dueBeforeNext' : 'due'), { date: date(due) });
}

function closedItem(rows: RowRef[], previousDate: string): AgendaItem {
  return {
    id: 'actions:closed',
    kind: 'actions-closed',
    title: say('agenda.title.actionsClosed', { count: rows.length }),
    reason: [counted('agenda.reason.actionsClosed', rows.length, { date: date(previousDate) })],
    minutes: MINUTES['actions-closed'],
    rows,
    flagged: false,
  };
}
