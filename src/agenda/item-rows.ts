import type { RowSectionId, SectionId } from '../plan';
import type { Agenda } from './types';

/**
 * The agenda items that are about one row carry its key in their id ('action:<key>'), so the
 * next meeting can tell the item has come back; this is where that id is made and read. An offer
 * may be a row of any of the four tables that record offers.
 */
const ROW_ITEMS = {
  action: ['actions'],
  concern: ['concernsRaised'],
  offer: ['recruitmentHelp', 'practicalSupport', 'offersOfHelp', 'completionFacilities'],
} as const satisfies Record<string, readonly RowSectionId[]>;

export type RowItemKind = keyof typeof ROW_ITEMS;

/** The sections an offer can be a row of. */
export const OFFER_SECTIONS: readonly RowSectionId[] = ROW_ITEMS.offer;

/** The id of the item about this row. */
export function rowItemId(kind: RowItemKind, key: string): string {
  return `${kind}:${key}`;
}

/** A row an agenda names: in one of `sections`, with this key. */
export interface NamedRow {
  readonly sections: readonly SectionId[];
  readonly key: string;
}

/** The row an item id names, if it names one ('strand:4' and 'plan:unsigned' name none). */
export function rowNamedByItemId(itemId: string): NamedRow | undefined {
  const at = itemId.indexOf(':');
  const kind = itemId.slice(0, at);
  const key = itemId.slice(at + 1);
  if (at < 0 || key === '' || !Object.hasOwn(ROW_ITEMS, kind)) return undefined;
  return { sections: ROW_ITEMS[kind as RowItemKind], key };
}

/** Every row a saved agenda names, once: those behind its items (and the items for later), and those in their ids. */
export function rowsNamedByAgenda(agenda: Pick<Agenda, 'items' | 'later'>): NamedRow[] {
  const all = [...agenda.items, ...(agenda.later ?? [])].flatMap((item) => {
    const named = rowNamedByItemId(item.id);
    const rows = item.rows.map((row) => ({ sections: [row.section], key: row.key }));
    // The row behind the item is usually among its rows, where its section is known exactly.
    return named && !item.rows.some((row) => row.key === named.key) ? [named, ...rows] : rows;
  });
  return [...new Map(all.map((row) => [`${row.sections.join(',')}/${row.key}`, row])).values()];
}
