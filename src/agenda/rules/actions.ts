import { isOpen, isOverdue } from '../../plan/insights';
import { parsePerson, strandFromChoice, type Row } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { count, day } from '../format';
import { MINUTES } from '../minutes';
import type { AgendaItem, RowRef } from '../types';
import { dateTitleKey, refOf, sortByKey, type RuleContext } from './context';

type Action = Row<'actions'>;

/**
 * Actions come first: the ones raised at the previous meeting (still open), then what was closed
 * since, then every other open action. Within each group the earliest due date leads, so overdue
 * actions come first; actions without a due date come last; ties go by title, then row key.
 */
export function actionItems(context: RuleContext): AgendaItem[] {
  const { previous } = context;
  const fromLastMeeting: { sortKey: string; action: Action }[] = [];
  const otherOpen: { sortKey: string; action: Action }[] = [];
  const closedSince: RowRef[] = [];
  for (const action of context.plan.sections.actions) {
    const raisedLast = previous !== undefined && textOf(action.values.RaisedInMeeting) === previous.key;
    if (!isOpen(action)) {
      if (previous && textOf(action.values.ClosedInMeeting) !== previous.key && (raisedLast || closedAfter(action, previous.date))) {
        closedSince.push(refOf(action));
      }
      continue;
    }
    const entry = { sortKey: dateTitleKey(dateOf(action.values.DueDate), titleOf(action), action.key), action };
    (raisedLast ? fromLastMeeting : otherOpen).push(entry);
  }
  const items = sortByKey(fromLastMeeting).map(({ action }) => actionItem(action, context, true));
  if (previous && closedSince.length > 0) items.push(closedItem(closedSince, previous.date));
  for (const { action } of sortByKey(otherOpen)) items.push(actionItem(action, context, false));
  return items;
}

function closedAfter(action: Action, date: string): boolean {
  const closedOn = dateOf(action.values.ClosedOn);
  return closedOn !== null && closedOn > date;
}

function titleOf(action: Action): string {
  return textOf(action.values.ActionTitle) ?? 'Untitled action';
}

function actionItem(action: Action, context: RuleContext, raisedLast: boolean): AgendaItem {
  const strand = strandFromChoice(action.values.Strand);
  const ownerText = textOf(action.values.Owner);
  const owner = ownerText ? parsePerson(ownerText).name : undefined;
  const origin = raisedLast && context.previous ? `Raised at the last meeting on ${day(context.previous.date)}. ` : '';
  return {
    id: `action:${action.key}`,
    kind: 'action',
    title: titleOf(action),
    reason: origin + dueReason(action, context),
    minutes: MINUTES.action,
    rows: [refOf(action)],
    ...(strand !== undefined && { strand }),
    ...(owner && { owner }),
    flagged: false,
  };
}

function dueReason(action: Action, { meetingDate, nextMeetingDate }: RuleContext): string {
  const due = dateOf(action.values.DueDate);
  const state = textOf(action.values.Status) === 'In progress' ? 'In progress' : 'Open';
  if (due === null) return `${state} with no due date: agree one.`;
  if (isOverdue(action, meetingDate)) return `Overdue: it was due on ${day(due)}.`;
  if (due === meetingDate) return `${state} and due today.`;
  if (due < nextMeetingDate) return `${state} and due on ${day(due)}, before the next meeting.`;
  return `${state}, due on ${day(due)}.`;
}

function closedItem(rows: RowRef[], previousDate: string): AgendaItem {
  return {
    id: 'actions:closed',
    kind: 'actions-closed',
    title: `Actions closed since the last meeting (${rows.length})`,
    reason: `${count(rows.length, 'action')} from or since the meeting on ${day(previousDate)} ${rows.length === 1 ? 'is' : 'are'} now done or dropped: note the outcome.`,
    minutes: MINUTES['actions-closed'],
    rows,
    flagged: false,
  };
}
