import type { IsoDate } from '../plan';
import { counted, date } from './text';
import type { AgendaItem, ItemKind } from './types';

/**
 * Items that stand for one outstanding thing (an action, a concern, an offer, a checklist gap,
 * an unsigned plan) are "carried" when they come back from the previous agreed agenda. Standing
 * items (a strand's review, the new community updates, what was closed) are expected at every
 * meeting, so coming back says nothing about them and they are never carried.
 */
const CARRIED_KINDS: ReadonlySet<ItemKind> = new Set(['action', 'concern', 'offer', 'checklist', 'plan-changes', 'plan-unsigned']);

/** Carried this many times or more, an item still without an owner or a date is flagged. */
export const FLAG_AFTER_CARRIES = 3;

/**
 * The one rule for "decide now": carried three times or more AND still without an owner or a
 * date. An item that keeps coming back but has someone on it by a date is in hand; flagging it
 * too would make the flag mean little (by the fourth meeting most items would carry it).
 */
export function decideNow(item: AgendaItem, timesCarried: number): boolean {
  return timesCarried >= FLAG_AFTER_CARRIES && (item.owner === undefined || item.due === undefined);
}

export interface PreviousAgenda {
  readonly meetingDate: IsoDate;
  readonly items: readonly AgendaItem[];
}

/**
 * Marks the items that were on the previous agreed agenda (or proposed for it and left for later):
 * the first meeting is kept, the count goes up by one, the reason says so, and the item is
 * flagged when decideNow says so.
 */
export function applyCarry(items: AgendaItem[], previous: PreviousAgenda | undefined): AgendaItem[] {
  if (!previous || previous.items.length === 0) return items;
  const before = new Map(previous.items.map((item) => [item.id, item]));
  return items.map((item) => {
    const earlier = before.get(item.id);
    if (!earlier || !CARRIED_KINDS.has(item.kind)) return item;
    const carried = { firstOn: earlier.carried?.firstOn ?? previous.meetingDate, times: (earlier.carried?.times ?? 0) + 1 };
    const flagged = decideNow(item, carried.times);
    const note = counted(flagged ? 'agenda.reason.carriedFlagged' : 'agenda.reason.carried', carried.times, { date: date(carried.firstOn) });
    return { ...item, carried, flagged, reason: [...item.reason, note] };
  });
}
