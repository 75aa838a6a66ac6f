import { SYSTEM_FIELDS, type AnyRow, type FieldValue, type SectionDef } from '../../../plan';
import { ConflictError, NotFoundError, StorageError, isTransient } from '../../errors';
import { graphErrorDetail } from '../error-mapping';
import type { GraphCollection, GraphListItem } from '../graph-types';
import { fieldEquals } from '../odata';
import { createItem, deleteItem, getItem, itemsUrl, updateItemFields } from '../requests/items';
import { fieldsForGraph, rowFromFields, rowFromItem, selectedFields } from '../row-mapping';
import type { StoreContext } from './context';

/** A validated row on its way to a list. */
export interface NewRow {
  readonly key: string;
  readonly planId: string;
  readonly order: number;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly changedBy?: string;
}

/** The ChangedBy column's value, when the writer names the person it writes for. */
function changedByField(changedBy: string | undefined): Record<string, string> {
  return changedBy ? { [SYSTEM_FIELDS.changedBy.name]: changedBy } : {};
}

async function where(ctx: StoreContext, section: SectionDef): Promise<{ siteId: string; listId: string }> {
  return { siteId: await ctx.directory.siteId(), listId: await ctx.directory.listId(section) };
}

/** One row as it is now. */
export async function readRow(ctx: StoreContext, section: SectionDef, id: string): Promise<AnyRow> {
  const { siteId, listId } = await where(ctx, section);
  return rowFromItem(section, await getItem(ctx.http, siteId, listId, id, selectedFields(section)));
}

/** Up to `top` rows whose column `field` holds `value`: one multi-item read. */
export async function findRowsWhere(ctx: StoreContext, section: SectionDef, field: string, value: string, top: number, headers?: Record<string, string>): Promise<AnyRow[]> {
  const { siteId, listId } = await where(ctx, section);
  const url = itemsUrl(siteId, listId, { fields: selectedFields(section), filter: fieldEquals(field, value), top });
  const answer = await ctx.http.send<GraphCollection<GraphListItem>>({ method: 'GET', path: url, ...(headers && { headers }) });
  return (answer.body?.value ?? []).map((item) => rowFromItem(section, item));
}

/** The row holding a client key, if any (ClientKey is unique and indexed in every list). */
export async function findRowByKey(ctx: StoreContext, section: SectionDef, key: string): Promise<AnyRow | undefined> {
  return (await findRowsWhere(ctx, section, SYSTEM_FIELDS.clientKey.name, key, 1))[0];
}

/**
 * The row a failed create may have made after all, or undefined. A lookup throttled or cut off
 * says nothing either way: that is passed on as the transient failure it is, so the create is
 * tried again (and looks again) rather than given up on a duplicate-key refusal for a row that
 * exists.
 */
async function madeAfterAll(ctx: StoreContext, section: SectionDef, key: string): Promise<AnyRow | undefined> {
  try {
    return await findRowByKey(ctx, section, key);
  } catch (error) {
    if (isTransient(error)) throw error;
    return undefined;
  }
}

/**
 * Creates a row. ClientKey is unique, so when a create is repeated — the first answer was lost
 * and the pipeline or the outbox sent it again — SharePoint refuses the duplicate and the row
 * that the first attempt made is returned: a retried create never makes two rows. The refusal's
 * status is undocumented for Graph (409 is seen; SharePoint REST answers 500
 * SPDuplicateValuesFoundException), so *any* failed create first looks for its key.
 *
 * The create's own answer is not trusted: Graph's can carry wrong date values and a wrong
 * createdDateTime, so the row is read back before anyone sees it.
 */
export async function createRowItem(ctx: StoreContext, section: SectionDef, row: NewRow): Promise<AnyRow> {
  const { siteId, listId } = await where(ctx, section);
  const fields = {
    ...fieldsForGraph(section, row.values, 'create'),
    [SYSTEM_FIELDS.planId.name]: row.planId,
    [SYSTEM_FIELDS.clientKey.name]: row.key,
    [SYSTEM_FIELDS.sortOrder.name]: row.order,
    ...changedByField(row.changedBy),
  };
  let failure: unknown;
  try {
    const answer = await createItem(ctx.http, siteId, listId, fields);
    if (answer.status !== 409) return await readRow(ctx, section, answer.body.id);
    const { code, message } = graphErrorDetail(answer.status, answer.body);
    failure = new StorageError(answer.status, code, message);
  } catch (error) {
    failure = error;
  }
  const existing = await madeAfterAll(ctx, section, row.key);
  if (!existing) throw failure;
  if (existing.planId !== row.planId) {
    throw new StorageError(409, 'duplicateKey', `${section.title} already has a row with this key in another plan.`);
  }
  return existing;
}

function holdsChanges(row: AnyRow, changes: Readonly<Record<string, FieldValue>>): boolean {
  return Object.entries(changes).every(([name, value]) => row.values[name] === value);
}

/**
 * Sends only the changed fields, guarded by the ETag when there is one. On 412 the row is read
 * back: if it already holds exactly these changes (our own earlier attempt, whose answer was
 * lost, or someone making the same edit) that is success; otherwise a ConflictError carries it.
 */
export async function updateRowItem(
  ctx: StoreContext,
  section: SectionDef,
  id: string,
  changes: Readonly<Record<string, FieldValue>>,
  etag?: string,
  changedBy?: string,
): Promise<AnyRow> {
  const changed = fieldsForGraph(section, changes, 'update');
  if (Object.keys(changed).length === 0) return readRow(ctx, section, id);
  const fields = { ...changed, ...changedByField(changedBy) };
  const { siteId, listId } = await where(ctx, section);
  const answer = await updateItemFields(ctx.http, siteId, listId, id, fields, etag);
  if (answer.status === 412) {
    const current = await readRow(ctx, section, id);
    if (holdsChanges(current, changes)) return current;
    throw new ConflictError(section.id, current.key, current);
  }
  // Graph answers with the item's fields; when they lack the new ETag or the keys, read the item.
  return rowFromFields(section, answer.body) ?? readRow(ctx, section, id);
}

/** Deletes a row; one already gone counts as deleted. A stale ETag → ConflictError with the row as it is. */
export async function deleteRowItem(ctx: StoreContext, section: SectionDef, id: string, etag?: string): Promise<void> {
  const { siteId, listId } = await where(ctx, section);
  const answer = await deleteItem(ctx.http, siteId, listId, id, etag);
  if (answer.status !== 412) return;
  let current: AnyRow;
  try {
    current = await readRow(ctx, section, id);
  } catch (error) {
    if (error instanceof NotFoundError) return;
    throw error;
  }
  throw new ConflictError(section.id, current.key, current);
}
