import { randomUUID } from 'node:crypto';
import { graphInstant } from '../site-dates';
import type { StandInDb } from './database';

/** A Graph columnDefinition as stored: the facet objects (text, choice, …) kept as sent. */
export interface ColumnDef {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly hidden?: boolean;
  readonly readOnly?: boolean;
  readonly columnGroup?: string;
  readonly text?: { allowMultipleLines?: boolean; maxLength?: number };
  readonly choice?: { choices?: string[]; allowTextEntry?: boolean };
  readonly dateTime?: { format?: 'dateOnly' | 'dateTime' };
  readonly boolean?: object;
  readonly number?: object;
  readonly personOrGroup?: object;
  readonly lookup?: object;
  readonly hyperlinkOrPicture?: object;
  readonly currency?: object;
}

export type ColumnKind = 'text' | 'choice' | 'dateOnly' | 'dateTime' | 'boolean' | 'number' | 'other';

export function columnKind(c: ColumnDef): ColumnKind {
  if (c.text) return 'text';
  if (c.choice) return 'choice';
  if (c.dateTime) return c.dateTime.format === 'dateTime' ? 'dateTime' : 'dateOnly';
  if (c.boolean) return 'boolean';
  if (c.number) return 'number';
  return 'other';
}

export interface ListRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: string;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly enableVersioning: boolean;
}

interface ListRow {
  id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  created_by: string;
  enable_versioning: number;
}

const toList = (r: ListRow): ListRecord => ({
  id: r.id,
  name: r.name,
  displayName: r.display_name,
  description: r.description,
  template: r.template,
  created: r.created,
  modified: r.modified,
  createdBy: r.created_by,
  enableVersioning: r.enable_versioning === 1,
});

/** Column names are SharePoint internal names; only these are ever put into SQL text. */
export const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The SQL expression for a column's value; the same text is used by its index and by filters. */
export function fieldExpr(name: string): string {
  if (!COLUMN_NAME.test(name)) throw new RangeError(`Unsafe column name "${name}"`);
  return `json_extract(fields, '$.${name}')`;
}

export function findList(db: StandInDb, idOrTitle: string): ListRecord | undefined {
  const row = db
    .stmt('SELECT * FROM lists WHERE id = ? COLLATE NOCASE OR display_name = ? OR name = ?')
    .get(idOrTitle, idOrTitle, idOrTitle) as ListRow | undefined;
  return row ? toList(row) : undefined;
}

export function allLists(db: StandInDb): ListRecord[] {
  return (db.stmt('SELECT * FROM lists ORDER BY created, display_name').all() as ListRow[]).map(toList);
}

export function listColumns(db: StandInDb, listId: string): ColumnDef[] {
  const rows = db.stmt('SELECT definition FROM columns WHERE list_id = ? ORDER BY position').all(listId) as { definition: string }[];
  return rows.map((r) => JSON.parse(r.definition) as ColumnDef);
}

/** Inserts a list row; columns are added separately (with addColumn) in the same transaction. */
export function insertList(
  db: StandInDb,
  input: { displayName: string; description: string; template: string; createdBy: string },
): ListRecord {
  const now = graphInstant();
  const id = randomUUID();
  // SharePoint's URL name drops spaces and punctuation from the title ("LAPP Plans" → "LAPPPlans").
  const name = input.displayName.replace(/[^A-Za-z0-9_-]+/g, '') || id;
  db.stmt(
    `INSERT INTO lists (id, name, display_name, description, template, created, modified, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, name, input.displayName, input.description, input.template, now, now, input.createdBy);
  return findList(db, id)!;
}

export function addColumn(db: StandInDb, listId: string, column: Omit<ColumnDef, 'id'>): ColumnDef {
  const position = (db.stmt('SELECT COUNT(*) AS n FROM columns WHERE list_id = ?').get(listId) as { n: number }).n;
  const stored: ColumnDef = { id: randomUUID(), ...column };
  db.stmt('INSERT INTO columns (list_id, name, id, position, definition) VALUES (?, ?, ?, ?, ?)').run(
    listId,
    stored.name,
    stored.id,
    position,
    JSON.stringify(stored),
  );
  if (stored.indexed) {
    const indexName = `ix_${listId.replace(/-/g, '')}_${stored.name}`;
    db.sqlite.exec(`CREATE INDEX IF NOT EXISTS "${indexName}" ON items (list_id, ${fieldExpr(stored.name)} COLLATE NOCASE)`);
  }
  db.stmt('UPDATE lists SET modified = ? WHERE id = ?').run(graphInstant(), listId);
  return stored;
}

export function setVersioning(db: StandInDb, listId: string, enabled: boolean): void {
  db.stmt('UPDATE lists SET enable_versioning = ?, modified = ? WHERE id = ?').run(enabled ? 1 : 0, graphInstant(), listId);
}

/** Reserves the next item id: SharePoint never reuses an item id within a list. */
export function nextItemId(db: StandInDb, listId: string): number {
  const row = db.stmt('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id').get(listId) as {
    id: number;
  };
  return row.id;
}
