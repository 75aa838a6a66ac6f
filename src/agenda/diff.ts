import type { Agenda, AgendaItem } from './types';

/** How one agenda differs from another, item by item (items are matched by id; added ones also by title). */
export interface AgendaDiff {
  /** On `mine` only. */
  readonly added: readonly AgendaItem[];
  /** On `theirs` only. */
  readonly removed: readonly AgendaItem[];
  /** On both, at another place (positions counted from 1). */
  readonly moved: readonly { readonly item: AgendaItem; readonly from: number; readonly to: number }[];
  /** On both, with another time. */
  readonly retimed: readonly { readonly item: AgendaItem; readonly from: number; readonly to: number }[];
  /** The meeting's date or planned length changed. */
  readonly meetingDate?: { readonly from: string; readonly to: string };
  readonly targetMinutes?: { readonly from: number | undefined; readonly to: number | undefined };
}

/** Past this many cells the order is compared position by position: an agenda that long is not read item by item. */
const MOST_CELLS = 1_000_000;

/**
 * The ids that keep their order from `a` to `b` (a longest common subsequence): the others are
 * the ones that moved. Both hold the same ids.
 */
function longestCommonOrder(a: readonly string[], b: readonly string[]): Set<string> {
  if (a.length * b.length > MOST_CELLS) return new Set(a.filter((id, i) => b[i] === id));
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

/**
 * What makes an item the same one on both agendas: its id, and for an item added by hand also
 * its title. Two people adding an item each number it alike ("custom:1"), yet they are two items.
 */
function sameItem(item: AgendaItem): string {
  return item.custom ? `${item.id}\u0000${JSON.stringify(item.title)}` : item.id;
}

/** True when the two agendas are the same as far as the meeting is concerned. */
export function isSameAgenda(diff: AgendaDiff): boolean {
  return diff.added.length + diff.removed.length + diff.moved.length + diff.retimed.length === 0 && !diff.meetingDate && !diff.targetMinutes;
}

/**
 * What `mine` would change in `theirs`: the items added, removed, moved and re-timed, and the
 * meeting's date and length. A move is reported only for items whose order among the items both
 * keep has changed, so adding one item at the top does not count every other item as moved.
 */
export function diffAgendas(theirs: Agenda, mine: Agenda): AgendaDiff {
  const theirIds = new Map(theirs.items.map((item, i) => [sameItem(item), i]));
  const myIds = new Map(mine.items.map((item, i) => [sameItem(item), i]));
  const keptTheirs = theirs.items.filter((item) => myIds.has(sameItem(item)));
  const keptMine = mine.items.filter((item) => theirIds.has(sameItem(item)));
  const inOrder = longestCommonOrder(keptTheirs.map(sameItem), keptMine.map(sameItem));
  const moved = keptMine.flatMap((item) => (inOrder.has(sameItem(item)) ? [] : [{ item, from: theirIds.get(sameItem(item))! + 1, to: myIds.get(sameItem(item))! + 1 }]));
  const retimed = keptMine.flatMap((item) => {
    const before = theirs.items[theirIds.get(sameItem(item))!]!;
    return before.minutes === item.minutes ? [] : [{ item, from: before.minutes, to: item.minutes }];
  });
  return {
    added: mine.items.filter((item) => !theirIds.has(sameItem(item))),
    removed: theirs.items.filter((item) => !myIds.has(sameItem(item))),
    moved,
    retimed,
    ...(theirs.meetingDate !== mine.meetingDate && { meetingDate: { from: theirs.meetingDate, to: mine.meetingDate } }),
    ...(theirs.targetMinutes !== mine.targetMinutes && { targetMinutes: { from: theirs.targetMinutes, to: mine.targetMinutes } }),
  };
}
