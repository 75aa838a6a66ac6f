import type { Priority } from '../plan';
import type { ItemKind } from './types';

/**
 * Suggested minutes per item. A fortnightly review is meant to take under an hour, so routine
 * items get a couple of minutes and the things that need a conversation (concerns, high-priority
 * strands) get more. The CEM can change any of them before the meeting.
 */
export const MINUTES: Readonly<Record<Exclude<ItemKind, 'strand' | 'updates'>, number>> = {
  action: 2,
  'actions-closed': 2,
  concern: 5,
  offer: 2,
  checklist: 4,
  'plan-changes': 3,
  'plan-unsigned': 2,
  custom: 5,
};

/** The local priority sets the level of activity, and so the time a strand gets. */
export const STRAND_MINUTES: Readonly<Record<Priority | 'unranked', number>> = { High: 5, Medium: 3, Low: 2, unranked: 2 };

/** Community updates: a minute each on top of two, capped so a long list does not swamp the meeting. */
export function updatesMinutes(updates: number): number {
  return Math.min(10, 2 + updates);
}

/** The longest time one item may be given (four hours): anything more is a typing slip. */
export const MAX_ITEM_MINUTES = 240;
