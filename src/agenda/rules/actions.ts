import { isOpen, isOverdue, strandOf } from '../../plan/insights';
import { parsePerson, type IsoDate, type Row } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { count, day } from '../format';
import { MINUTES } from '../minutes';
import type { AgendaItem, RowRef } from '../types';
import { refOf, sortedEntries, sortEntry, type RuleContext, type SortEntry } from './context';

type Action = Row<'actions'>;

/** An open action with what the sort already read from it (due date, title), so items do not read it again. */
type OpenAction = SortEntry<Action>;

/**
 * Actions come first: the ones raised at the previous meeting (still open), then what was closed
 * since, then every other open action. Within each group the earliest due date leads, so overdue
 * actions come first; actions without a due date come last; ties go by title, then row key.
 */
export function actionItems(context: RuleContext): AgendaItem[] {
  const { previous } = context;
  const fromLastMeeting: OpenAction[] = [];
  const otherOpen: OpenAction[] = [];
  const closedSince: RowRef[] = [];
  // Meeting keys are compared as stored: validation trims text, and this loop runs for every action.
  for (const action of context.plan.sections.actions) {
    const raisedLast = previous !== undefined && action.values.RaisedInMeeting === previous.key;
    if (!isOpen(action)) {
      if (previous && action.values.ClosedInMeeting !== previous.key && (raisedLast || closedAfter(action, previous.date))) {
        closedSince.push(refOf(action));
      }
      continue;
    }
    (raisedLast ? fromLastMeeting : otherOpen).push(sortEntry(action, dateOf(action.values.DueDate), titleOf(action), action.key));
  }
  const toItem = itemMaker(context);
  const items = sortedEntries(fromLastMeeting).map((open) => toItem(open, true));
  if (previous && closedSince.length > 0) items.push(closedItem(closedSince, previous.date));
  for (const open of sortedEntries(otherOpen)) items.push(toItem(open, false));
  return items;
}

function closedAfter(action: Action, date: string): boolean {
  const closedOn = dateOf(action.values.ClosedOn);
  return closedOn !== null && closedOn > date;
}

function titleOf(action: Action): string {
  return textOf(action.values.ActionTitle) ?? 'Untitled action';
}

/** Makes action items, reading each distinct owner once: a big plan has few owners and many actions. */
function itemMaker(context: RuleContext): (open: OpenAction, raisedLast: boolean) => AgendaItem {
  const owners = new Map<string, string>();
  const ownerName = (owner: string): string => {
    let name = owners.get(owner);
    if (name === undefined) {
      name = parsePerson(owner).name;
      owners.set(owner, name);
    }
    return name;
  };
  const origin = context.previous ? `Raised at the last meeting on ${day(context.previous.date)}. ` : '';
  return ({ value: action, date: due, label: title }, raisedLast) => {
    const strand = strandOf(action.values.Strand);
    const owner = textOf(action.values.Owner);
    return {
      id: `action:${action.key}`,
      kind: 'action',
      title,
      reason: (raisedLast ? origin : '') + dueReason(action, due, context),
      minutes: MINUTES.action,
      rows: [refOf(action)],
      // Always present (undefined when unknown): one object shape for every item is quicker to build.
      strand,
      owner: owner === null ? undefined : ownerName(owner),
      flagged: false,
    };
  };
}

function dueReason(action: Action, due: IsoDate | null, { meetingDate, nextMeetingDate }: RuleContext): string {
  const state = action.values.Status === 'In progress' ? 'In progress' : 'Open';
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
