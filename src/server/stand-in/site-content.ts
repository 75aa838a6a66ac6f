import type { StandInDb } from './db/database';
import { insertItem } from './db/items-repo';
import { allLists, listColumns } from './db/lists-repo';
import { applyChanges, coerceFieldChanges } from './resources/field-values';
import { createList } from './resources/lists';

/** One item to load: its fields as a client would POST them, and who made it when. */
export interface ItemContent {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly createdBy: string;
  /** An ISO instant: content loaded today can read as written days ago. */
  readonly created: string;
}

/** One list to load: its name and columns as `POST …/lists` takes them, then its items. */
export interface ListContent {
  readonly displayName: string;
  /** Graph columnDefinition objects. */
  readonly columns: readonly unknown[];
  readonly items: readonly ItemContent[];
}

/** What a site holds, in Graph's own shapes: the stand-in knows nothing of what it means. */
export interface SiteContent {
  readonly lists: readonly ListContent[];
  /** Who creates the lists (a site owner). */
  readonly createdBy: string;
}

/**
 * Fills an empty site with `content` in one transaction, through the same checks as Graph's
 * `POST …/lists` and `POST …/items` (column definitions, field types, unique values), so content
 * a client could not have written is refused here too. A site that has any list is left alone.
 */
export function loadIntoEmptySite(db: StandInDb, content: SiteContent): boolean {
  if (allLists(db).length > 0) return false;
  db.tx(() => {
    for (const list of content.lists) {
      const created = createList(db, { displayName: list.displayName, list: { template: 'genericList' }, columns: list.columns }, content.createdBy);
      const columns = listColumns(db, created.id);
      for (const item of list.items) insertItem(db, created, applyChanges({}, coerceFieldChanges(columns, item.fields)), item.createdBy, item.created);
    }
  });
  return true;
}
