import type { IsoDate, Plan, RowMeta, SectionId } from '../../plan';
import type { AgendaItem, CampaignStage, RowRef } from '../types';

/** Everything a rule may look at. Rules are pure: same context, same items, same order. */
export interface RuleContext {
  readonly plan: Plan;
  readonly meetingDate: IsoDate;
  readonly nextMeetingDate: IsoDate;
  readonly stage: CampaignStage;
  /** The meeting before this one: its row key (what actions' RaisedInMeeting holds) and date. */
  readonly previous?: { readonly key: string; readonly date: IsoDate };
}

/** A rule turns the plan into the agenda items of one kind, already in order. */
export type Rule = (context: RuleContext) => readonly AgendaItem[];

/** The reference to a row that an item links to. */
export function refOf(row: RowMeta & { readonly section: SectionId }): RowRef {
  return { section: row.section, key: row.key, id: row.id };
}

export interface SortEntry<T> {
  /** The date as a number (20310202), or Infinity when undated, so most comparisons are numeric. */
  readonly day: number;
  readonly title: string;
  readonly key: string;
  readonly value: T;
}

/** An entry ordered by date (undated last), then title without regard to case, then row key. */
export function sortEntry<T>(value: T, date: IsoDate | null, title: string, key: string): SortEntry<T> {
  const day = date === null ? Infinity : Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  return { value, day, title: title.toLowerCase(), key };
}

function compareEntries(a: SortEntry<unknown>, b: SortEntry<unknown>): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The values in date, title, key order, so ties always fall the same way whatever order the rows
 * were loaded in. Keys are precomputed once and compared field by field (numbers first, then plain
 * code-unit order), which keeps a sort of ten thousand actions to a couple of milliseconds.
 */
export function sortedValues<T>(entries: SortEntry<T>[]): T[] {
  return entries.sort(compareEntries).map((entry) => entry.value);
}
