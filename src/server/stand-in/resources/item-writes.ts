import { findByValue, insertItem, removeItem, replaceFields, type Fields, type ItemRecord } from '../db/items-repo';
import { listColumns, type ColumnDef, type ListRecord } from '../db/lists-repo';
import type { StandInDb } from '../db/database';
import type { RouteHandler, StandInRequest } from '../http/context';
import { fail, json, noContent } from '../http/reply';
import { assertMayWrite } from '../permissions';
import { applyChanges, coerceFieldChanges } from './field-values';
import { etagOf, fieldsJson, itemJson } from './item-json';
import { requireItem } from './items';
import { requireList } from './lists-lookup';

const normaliseTag = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();

/** `If-Match`: a stale eTag fails with 412 and leaves the item as it was; `*` always matches. */
function assertIfMatch(req: StandInRequest, item: ItemRecord): void {
  const header = req.headers['if-match'];
  if (!header || header.trim() === '*') return;
  const current = normaliseTag(etagOf(item));
  if (!header.split(/,(?=\s*(?:W\/)?")/).some((t) => normaliseTag(t) === current)) throw fail.preconditionFailed();
}

/** Columns with enforceUniqueValues refuse a value another item already holds (409). */
function assertUnique(db: StandInDb, list: ListRecord, columns: readonly ColumnDef[], fields: Fields, itemId: number): void {
  const clashes = columns.filter((c) => {
    const value = fields[c.name];
    return c.enforceUniqueValues && value !== undefined && findByValue(db, list.id, c.name, value, itemId) !== undefined;
  });
  if (clashes.length > 0) {
    const names = clashes.map((c) => c.name).join(', ');
    throw fail.conflict(
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${names}].`,
    );
  }
}

function fieldsOfBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('fields' in body)) {
    throw fail.badRequest('The request body must carry the item\'s values in "fields".');
  }
  return (body as { fields: unknown }).fields;
}

/** Applies a change to one item: checks, then writes in one transaction. */
function updateItem(req: StandInRequest, db: StandInDb, list: ListRecord, itemId: string, input: unknown): ItemRecord {
  const columns = listColumns(db, list.id);
  const changes = coerceFieldChanges(columns, input);
  return db.tx(() => {
    const item = requireItem(db, list, itemId);
    const after = applyChanges(item.fields, changes);
    assertMayWrite(db, list, req.caller, item.fields, after);
    assertIfMatch(req, item);
    assertUnique(db, list, columns, after, item.id);
    return replaceFields(db, list, item, after, req.caller.email);
  });
}

export const postItem: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const columns = listColumns(db, list.id);
  const fields = applyChanges({}, coerceFieldChanges(columns, fieldsOfBody(req.body)));
  const item = db.tx(() => {
    assertMayWrite(db, list, req.caller, undefined, fields);
    assertUnique(db, list, columns, fields, 0);
    return insertItem(db, list, fields, req.caller.email);
  });
  return json(201, itemJson(req, list, columns, item, { fields: {} }), {
    Location: `${req.graphBaseUrl}/sites/${params.site}/lists/${list.id}/items/${item.id}`,
  });
};

/** `PATCH …/items/{id}/fields`: only the changed fields; answers the item's fieldValueSet. */
export const patchItemFields: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const item = updateItem(req, db, list, params.item!, req.body);
  return json(200, fieldsJson(item, listColumns(db, list.id)));
};

/** `PATCH …/items/{id}` with `{ fields }`: answers the listItem. */
export const patchItem: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const item = updateItem(req, db, list, params.item!, fieldsOfBody(req.body));
  return json(200, itemJson(req, list, listColumns(db, list.id), item, { fields: {} }));
};

export const deleteItem: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  db.tx(() => {
    const item = requireItem(db, list, params.item!);
    assertMayWrite(db, list, req.caller, item.fields, undefined);
    assertIfMatch(req, item);
    removeItem(db, list, item.id);
  });
  return noContent();
};
