import { randomUUID } from 'node:crypto';
import type { StandInDb } from './database';
import { listColumns } from './lists-repo';

/** A SharePoint list view (SP.View), kept for managers' roll-ups: Graph has no views API. */
export interface ListView {
  readonly id: string;
  readonly title: string;
  readonly viewFields: readonly string[];
  readonly viewQuery: string;
  readonly rowLimit: number;
  readonly paged: boolean;
  readonly isDefault: boolean;
}

interface ViewRow {
  id: string;
  title: string;
  view_fields: string;
  view_query: string;
  row_limit: number;
  paged: number;
  is_default: number;
}

const toView = (r: ViewRow): ListView => ({
  id: r.id,
  title: r.title,
  viewFields: JSON.parse(r.view_fields) as string[],
  viewQuery: r.view_query,
  rowLimit: r.row_limit,
  paged: r.paged === 1,
  isDefault: r.is_default === 1,
});

export function listViews(db: StandInDb, listId: string): ListView[] {
  return (db.stmt('SELECT * FROM list_views WHERE list_id = ? ORDER BY rowid').all(listId) as ViewRow[]).map(toView);
}

export function findView(db: StandInDb, listId: string, title: string): ListView | undefined {
  const row = db.stmt('SELECT * FROM list_views WHERE list_id = ? AND title = ?').get(listId, title) as ViewRow | undefined;
  return row ? toView(row) : undefined;
}

/** Adds a view; a new default view takes the flag from the old one. Call inside a transaction. */
export function insertView(db: StandInDb, listId: string, view: Omit<ListView, 'id'>): ListView {
  if (view.isDefault) db.stmt('UPDATE list_views SET is_default = 0 WHERE list_id = ?').run(listId);
  const id = randomUUID();
  db.stmt(
    `INSERT INTO list_views (list_id, id, title, view_fields, view_query, row_limit, paged, is_default)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(listId, id, view.title, JSON.stringify(view.viewFields), view.viewQuery, view.rowLimit, view.paged ? 1 : 0, view.isDefault ? 1 : 0);
  return { id, ...view };
}

/** Every new list starts with SharePoint's "All Items" view. Call inside a transaction. */
export function addAllItemsView(db: StandInDb, listId: string): void {
  const fields = ['LinkTitle', ...listColumns(db, listId).filter((c) => c.name !== 'Title').map((c) => c.name)];
  insertView(db, listId, {
    title: 'All Items',
    viewFields: fields,
    viewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    rowLimit: 30,
    paged: true,
    isDefault: true,
  });
}
