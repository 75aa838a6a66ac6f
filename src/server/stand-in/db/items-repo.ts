import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { graphInstant } from '../site-dates';
import type { StandInDb } from './database';
import { fieldExpr, nextItemId, type ListRecord } from './lists-repo';

/** A stored field value: what Graph carries in `fields` (absent and null are the same). */
export type FieldJson = string | number | boolean;
export type Fields = Readonly<Record<string, FieldJson>>;

export interface ItemRecord {
  readonly listId: string;
  readonly id: number;
  readonly guid: string;
  readonly version: number;
  readonly fields: Fields;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly modifiedBy: string;
}

/** An item's columns but its list (which every query names), in the order `itemRecord` reads them. */
const ITEM_COLUMNS = 'id, guid, version, fields, created, modified, created_by, modified_by';
type ItemRow = [id: number, guid: string, version: number, fields: string, created: string, modified: string, createdBy: string, modifiedBy: string];

/**
 * A statement that reads items as arrays rather than an object per row: a large list read is
 * thousands of rows, and naming each row's columns would be a fair part of answering it.
 */
function itemQuery(db: StandInDb, where: string): Database.Statement {
  return db.stmt(`SELECT ${ITEM_COLUMNS} FROM items WHERE ${where}`).raw(true);
}

function itemRecord(listId: string, [id, guid, version, fields, created, modified, createdBy, modifiedBy]: ItemRow): ItemRecord {
  return { listId, id, guid, version, fields: JSON.parse(fields) as Fields, created, modified, createdBy, modifiedBy };
}

export function getItem(db: StandInDb, listId: string, id: number): ItemRecord | undefined {
  const row = itemQuery(db, 'list_id = ? AND id = ?').get(listId, id) as ItemRow | undefined;
  return row ? itemRecord(listId, row) : undefined;
}

export function countItems(db: StandInDb, listId: string): number {
  return (db.stmt('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
}

/** How many items of a list match a compiled filter. */
export function countWhere(db: StandInDb, listId: string, where: string, params: readonly unknown[]): number {
  return (db.stmt(`SELECT COUNT(*) AS n FROM items WHERE list_id = ? AND (${where})`).get(listId, ...params) as { n: number }).n;
}

/** Items of a list matching a compiled filter (SQL built only from checked column names). */
export function selectItems(
  db: StandInDb,
  listId: string,
  query: { where: string; params: readonly unknown[]; orderBy: string; limit: number; offset: number },
): ItemRecord[] {
  const rows = itemQuery(db, `list_id = ? AND (${query.where}) ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`).all(listId, ...query.params, query.limit, query.offset) as ItemRow[];
  return rows.map((row) => itemRecord(listId, row));
}

/** The first other item whose column holds this value (case-insensitive, as SharePoint compares). */
export function findByValue(db: StandInDb, listId: string, column: string, value: FieldJson, exceptId = 0): ItemRecord | undefined {
  const row = itemQuery(db, `list_id = ? AND ${fieldExpr(column)} = ? COLLATE NOCASE AND id != ? LIMIT 1`).get(
    listId,
    typeof value === 'boolean' ? Number(value) : value,
    exceptId,
  ) as ItemRow | undefined;
  return row ? itemRecord(listId, row) : undefined;
}

function logChange(db: StandInDb, listId: string, itemId: number, at: string): void {
  db.stmt('INSERT INTO changes (list_id, item_id, at) VALUES (?, ?, ?)').run(listId, itemId, at);
}

function keepVersion(db: StandInDb, list: ListRecord, item: ItemRecord): void {
  if (!list.enableVersioning) return;
  db.stmt('INSERT OR REPLACE INTO item_versions (list_id, item_id, version, fields, modified, modified_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    item.listId,
    item.id,
    item.version,
    JSON.stringify(item.fields),
    item.modified,
    item.modifiedBy,
  );
}

/** Call inside a transaction (with the checks that precede it). */
/** Adds an item; `stampedAt` back-dates its Created and Modified (sample data written "earlier"). */
export function insertItem(db: StandInDb, list: ListRecord, fields: Fields, by: string, stampedAt?: string): ItemRecord {
  const now = graphInstant();
  const stamp = stampedAt ?? now;
  const id = nextItemId(db, list.id);
  db.stmt(
    `INSERT INTO items (list_id, id, guid, version, fields, created, modified, created_by, modified_by)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  ).run(list.id, id, randomUUID().toUpperCase(), JSON.stringify(fields), stamp, stamp, by, by);
  logChange(db, list.id, id, now);
  const item = getItem(db, list.id, id)!;
  keepVersion(db, list, item);
  return item;
}

/** Replaces an item's fields and bumps its version (and so its eTag). Call inside a transaction. */
export function replaceFields(db: StandInDb, list: ListRecord, item: ItemRecord, fields: Fields, by: string): ItemRecord {
  const now = graphInstant();
  db.stmt('UPDATE items SET fields = ?, version = version + 1, modified = ?, modified_by = ? WHERE list_id = ? AND id = ?').run(
    JSON.stringify(fields),
    now,
    by,
    list.id,
    item.id,
  );
  logChange(db, list.id, item.id, now);
  const updated = getItem(db, list.id, item.id)!;
  keepVersion(db, list, updated);
  return updated;
}

export function removeItem(db: StandInDb, list: ListRecord, itemId: number): void {
  db.stmt('DELETE FROM items WHERE list_id = ? AND id = ?').run(list.id, itemId);
  db.stmt('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(list.id, itemId);
  logChange(db, list.id, itemId, graphInstant());
}

export interface StoredVersion {
  readonly version: number;
  readonly fields: Fields;
  readonly modified: string;
  readonly modifiedBy: string;
}

export function itemVersions(db: StandInDb, listId: string, itemId: number): StoredVersion[] {
  const rows = db
    .stmt('SELECT version, fields, modified, modified_by FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
    .all(listId, itemId) as { version: number; fields: string; modified: string; modified_by: string }[];
  return rows.map((r) => ({ version: r.version, fields: JSON.parse(r.fields) as Fields, modified: r.modified, modifiedBy: r.modified_by }));
}
