import { findByValue, insertItem, removeItem, replaceFields, type Fields, type ItemRecord } from '../db/items-repo';
import { columnKind, listColumns, type ColumnDef, type ListRecord } from '../db/lists-repo';
import { addDays } from '../iso-date';
import type { StandInDb } from '../db/database';
import type { RouteHandler, StandInRequest, StandInServices } from '../http/context';
import { fail, GraphHttpError, json, noContent } from '../http/reply';
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

/**
 * Columns with enforceUniqueValues refuse a value another item already holds: 409 as Graph has
 * been seen to answer, or — its status is undocumented — 500 with SharePoint REST's
 * SPDuplicateValuesFoundException, so clients are tested against both.
 */
function assertUnique(services: StandInServices, list: ListRecord, columns: readonly ColumnDef[], fields: Fields, itemId: number): void {
  const { db } = services;
  const clashes = columns.filter((c) => {
    const value = fields[c.name];
    return c.enforceUniqueValues && value !== undefined && findByValue(db, list.id, c.name, value, itemId) !== undefined;
  });
  if (clashes.length > 0) {
    const names = clashes.map((c) => c.name).join(', ');
    const message = `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${names}].`;
    if (services.duplicateStatus === 500) throw new GraphHttpError(500, 'generalException', `${message} (Microsoft.SharePoint.SPDuplicateValuesFoundException)`);
    throw fail.conflict(message);
  }
}

function fieldsOfBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('fields' in body)) {
    throw fail.badRequest('The request body must carry the item\'s values in "fields".');
  }
  return (body as { fields: unknown }).fields;
}

/** Applies a change to one item: checks, then writes in one transaction. */
function updateItem(req: StandInRequest, services: StandInServices, list: ListRecord, itemId: string, input: unknown): ItemRecord {
  const { db } = services;
  const columns = listColumns(db, list.id);
  const changes = coerceFieldChanges(columns, input, req.siteDates);
  return db.tx(() => {
    const item = requireItem(db, list, itemId);
    const after = applyChanges(item.fields, changes);
    assertIfMatch(req, item);
    assertUnique(services, list, columns, after, item.id);
    return replaceFields(db, list, item, after, req.caller.email);
  });
}

/**
 * The answer to a create, as SharePoint gives it: Graph's create answers are known to carry
 * wrong date values and a createdDateTime in the site's local time marked as UTC
 * (microsoftgraph/microsoft-graph-docs#5293, #13168), while a read of the same item is right.
 * The stand-in sends each date-only value a day early and the local wall-clock time as UTC, so
 * a client that trusts the answer shows wrong dates here too.
 */
function createAnswer(req: StandInRequest, list: ListRecord, columns: readonly ColumnDef[], item: ItemRecord): Record<string, unknown> {
  const answer = itemJson(req, list, columns, item, { fields: {} });
  const fields = { ...(answer.fields as Record<string, unknown>) };
  for (const c of columns) {
    const day = item.fields[c.name];
    if (columnKind(c) === 'dateOnly' && typeof day === 'string') fields[c.name] = req.siteDates.midnightInstant(addDays(day, -1));
  }
  const { date, minutes } = req.siteDates.localParts(Date.parse(item.created));
  const localAsUtc = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}${item.created.slice(16)}`;
  return { ...answer, createdDateTime: localAsUtc, lastModifiedDateTime: localAsUtc, fields: { ...fields, Created: localAsUtc, Modified: localAsUtc } };
}

export const postItem: RouteHandler = (req, params, services) => {
  const { db } = services;
  const list = requireList(db, params.list!);
  const columns = listColumns(db, list.id);
  const fields = applyChanges({}, coerceFieldChanges(columns, fieldsOfBody(req.body), req.siteDates));
  const item = db.tx(() => {
    assertUnique(services, list, columns, fields, 0);
    return insertItem(db, list, fields, req.caller.email);
  });
  return json(201, createAnswer(req, list, columns, item), {
    Location: `${req.graphBaseUrl}/sites/${params.site}/lists/${list.id}/items/${item.id}`,
  });
};

/** `PATCH …/items/{id}/fields`: only the changed fields; answers the item's fieldValueSet. */
export const patchItemFields: RouteHandler = (req, params, services) => {
  const { db } = services;
  const list = requireList(db, params.list!);
  const item = updateItem(req, services, list, params.item!, req.body);
  return json(200, fieldsJson(item, listColumns(db, list.id), req.siteDates));
};

/** `PATCH …/items/{id}` with `{ fields }`: answers the listItem. */
export const patchItem: RouteHandler = (req, params, services) => {
  const { db } = services;
  const list = requireList(db, params.list!);
  const item = updateItem(req, services, list, params.item!, fieldsOfBody(req.body));
  return json(200, itemJson(req, list, listColumns(db, list.id), item, { fields: {} }));
};

export const deleteItem: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  db.tx(() => {
    const item = requireItem(db, list, params.item!);
    assertIfMatch(req, item);
    removeItem(db, list, item.id);
  });
  return noContent();
};
