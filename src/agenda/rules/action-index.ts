import { isOpen } from '../../plan/progress';
import { parsePerson, type Row } from '../../plan';
import { remembered } from '../format';
import { closedFacts, openFacts, type ActionFacts, type ClosedActionFacts, type OpenActionFacts } from './action-facts';
import { compareSortKeys, sortedEntries } from './context';

type Action = Row<'actions'>;

/** What the rules read of a plan's actions (see action-facts). */
export interface ActionIndex {
  /** The open actions in plan order. */
  readonly open: readonly OpenActionFacts[];
  /** The open actions in agenda order: due date (undated last), title without regard to case, row key. */
  readonly ordered: readonly OpenActionFacts[];
  /** The Done and Dropped actions in plan order. */
  readonly closed: readonly ClosedActionFacts[];
}

interface ReadActions extends ActionIndex {
  readonly rows: readonly Action[];
  /** What was read of each row, by position. */
  readonly facts: readonly ActionFacts[];
}

/** Beyond this many changed actions the order is sorted afresh: each one sorted in shifts the rest of the list. */
const MOST_SORTED_IN = 32;

/**
 * Reads a plan's actions for the agenda, remembering what its last call read. Rows are immutable:
 * a change to an action makes a new row object in the same place (or one more at the end, or one
 * fewer) and leaves every other row object as it was. The app proposes the agenda again after
 * every change, so a row that is still the same object keeps what was read from it and its place
 * in the order: comparing two arrays of references touches none of the thousands of rows, and
 * only the changed rows are read and sorted in. What was read depends on the row alone, so a plan
 * that is not the last one is read afresh.
 */
export function createActionIndexer(): (rows: readonly Action[]) => ActionIndex {
  let lastRead: ReadActions | undefined;
  const ownerName = remembered((owner) => parsePerson(owner).name);
  return (rows) => {
    lastRead = indexActions(rows, lastRead, ownerName);
    return lastRead;
  };
}

/** The plan's actions read for the agenda, reading only the rows that changed since `lastRead`. */
function indexActions(rows: readonly Action[], lastRead: ReadActions | undefined, ownerName: (owner: string) => string): ReadActions {
  if (lastRead?.rows === rows) return lastRead;
  const before = lastRead ?? { rows: [], facts: [], open: [], ordered: [], closed: [] };
  const facts = new Array<ActionFacts>(rows.length);
  const open: OpenActionFacts[] = [];
  const closed: ClosedActionFacts[] = [];
  const added: OpenActionFacts[] = [];
  const removed: OpenActionFacts[] = [];
  // One past MOST_SORTED_IN changes the order is sorted afresh (see sortedIn): no need to collect more.
  const note = (changes: OpenActionFacts[], read: ActionFacts | undefined) => {
    if (read?.open && added.length + removed.length <= MOST_SORTED_IN) changes.push(read);
  };
  const drop = (b: number) => note(removed, before.facts[b]);
  // `b` walks the last call's rows alongside `rows`; every one it passes is kept or dropped.
  let b = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    if (before.rows[b] !== row && before.rows[b + 1] === row) drop(b++);
    let read: ActionFacts;
    if (before.rows[b] === row) {
      read = before.facts[b++]!;
    } else {
      read = isOpen(row) ? openFacts(row, ownerName) : closedFacts(row);
      note(added, read);
      // A row put in place of another: the rows after it line up again.
      if (before.rows[b + 1] === rows[i + 1] && b < before.rows.length) drop(b++);
    }
    facts[i] = read;
    if (read.open) open.push(read);
    else closed.push(read);
  }
  while (b < before.rows.length) drop(b++);
  const ordered = sortedIn(before.ordered, removed, added) ?? sortedEntries(open);
  return { rows, facts, open, ordered, closed };
}

/**
 * The last order with the removed actions taken out and the added ones put in their places, or
 * undefined when a full sort is the better (or only exact) way: many changes, or a tie between
 * two actions, which the full sort settles by plan order.
 */
function sortedIn(
  ordered: readonly OpenActionFacts[],
  removed: readonly OpenActionFacts[],
  added: readonly OpenActionFacts[],
): OpenActionFacts[] | undefined {
  if (ordered.length === 0 || removed.length + added.length > MOST_SORTED_IN) return undefined;
  const next = ordered.slice();
  for (const gone of removed) {
    const at = firstNotBefore(next, gone);
    if (next[at] !== gone) return undefined;
    next.splice(at, 1);
  }
  for (const fresh of added) {
    const at = firstNotBefore(next, fresh);
    if (at < next.length && compareSortKeys(next[at]!, fresh) === 0) return undefined;
    next.splice(at, 0, fresh);
  }
  return next;
}

/** Binary search: the index of the first entry that does not come before `entry`. */
function firstNotBefore(sorted: readonly OpenActionFacts[], entry: OpenActionFacts): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareSortKeys(sorted[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
