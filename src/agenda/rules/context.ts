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

/** Sorts in place by a precomputed string key (plain code-unit order: fast and the same everywhere). */
export function sortByKey<T extends { readonly sortKey: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/**
 * A sort key ordering by date (undated last), then title without regard to case, then row key,
 * so ties always fall the same way. The parts are joined with a character below any printable one.
 */
export function dateTitleKey(date: IsoDate | null, title: string, key: string): string {
  return `${date ?? '9999-99-99'}\u0001${title.toLowerCase()}\u0001${key}`;
}
