import type { IsoDate, Plan, RowMeta, SectionId } from '../../plan';
import type { AgendaItem, CampaignStage, RowRef } from '../types';
import type { ActionIndex } from './action-index';

/** Everything a rule may look at. Rules are pure: same context, same items, same order. */
export interface RuleContext {
  readonly plan: Plan;
  readonly meetingDate: IsoDate;
  readonly nextMeetingDate: IsoDate;
  readonly stage: CampaignStage;
  /** The meeting before this one: its row key (what actions' RaisedInMeeting holds) and date. */
  readonly previous?: { readonly key: string; readonly date: IsoDate };
  /** What the rules read of the plan's actions, read once for every rule. */
  readonly actions: ActionIndex;
}

/** A rule turns the plan into the agenda items of one kind, already in order. */
export type Rule = (context: RuleContext) => readonly AgendaItem[];

/** The reference to a row that an item links to. */
export function refOf(row: RowMeta & { readonly section: SectionId }): RowRef {
  return { section: row.section, key: row.key, id: row.id };
}

/** Where an entry goes in date, title, key order: see sortedEntries. */
export interface SortKey {
  readonly date: IsoDate | null;
  /** The title as shown. */
  readonly label: string;
  readonly key: string;
  /** The date as a number (20310202), or Infinity when undated, so most comparisons are numeric. */
  readonly day: number;
  /** The title in lower case, for ordering without regard to case. */
  readonly title: string;
}

export interface SortEntry<T> extends SortKey {
  readonly value: T;
}

/** 'YYYY-MM-DD' → YYYYMMDD from the character codes: no substrings for thousands of rows. */
function dayNumber(date: IsoDate): number {
  let n = 0;
  for (const i of DIGIT_POSITIONS) n = n * 10 + date.charCodeAt(i) - 48;
  return n;
}
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** SortKey's day: the date as a number, undated last. */
export function sortDay(date: IsoDate | null): number {
  return date === null ? Infinity : dayNumber(date);
}

/** An entry ordered by date (undated last), then title without regard to case, then row key. */
export function sortEntry<T>(value: T, date: IsoDate | null, label: string, key: string): SortEntry<T> {
  return { value, date, label, key, day: sortDay(date), title: label.toLowerCase() };
}

function compareTitleThenKey(a: SortKey, b: SortKey): number {
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The order of sortedEntries as a comparison: negative when `a` comes first, 0 for a tie. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return compareTitleThenKey(a, b);
}

/**
 * The entries in date, title, key order, so ties always fall the same way whatever order the rows
 * were loaded in. Big plans have thousands of actions over a few hundred due dates, so entries are
 * grouped by day (a map), the days sorted as numbers, and only each day's few entries compared by
 * title and key: about a third quicker than one sort with a three-part comparison.
 */
export function sortedEntries<E extends SortKey>(entries: readonly E[]): E[] {
  const byDay = new Map<number, E[]>();
  for (const entry of entries) {
    const sameDay = byDay.get(entry.day);
    if (sameDay) sameDay.push(entry);
    else byDay.set(entry.day, [entry]);
  }
  const sorted: E[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const sameDay = byDay.get(day)!;
    if (sameDay.length > 1) sameDay.sort(compareTitleThenKey);
    for (const entry of sameDay) sorted.push(entry);
  }
  return sorted;
}

/** The values of the entries, in the order of sortedEntries. */
export function sortedValues<T>(entries: SortEntry<T>[]): T[] {
  return sortedEntries(entries).map((entry) => entry.value);
}
