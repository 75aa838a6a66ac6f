import { countItems, getItem, selectItems, type ItemRecord } from '../db/items-repo';
import { columnKind, fieldExpr, listColumns, type ColumnDef, type ListRecord } from '../db/lists-repo';
import type { StandInDb } from '../db/database';
import type { RouteHandler, StandInRequest } from '../http/context';
import { fail, json } from '../http/reply';
import { filterFields, parseFilter } from '../odata/filter-parser';
import { compileFilter } from '../odata/filter-sql';
import {
  decodeSkipToken,
  encodeSkipToken,
  option,
  pageSize,
  parseExpand,
  parseOrderBy,
  parseSelect,
  queryString,
  type OrderTerm,
} from '../odata/query-options';
import { fieldsJson, itemJson } from './item-json';
import { columnMap, requireList } from './lists-lookup';
import { assertWithinThreshold, LIST_VIEW_THRESHOLD, thresholdExceeded } from '../list-view-threshold';

const HONOR_NON_INDEXED = /HonorNonIndexedQueriesWarningMayFailRandomly/i;

/**
 * SharePoint refuses to filter or sort on a column without an index unless the client opts in,
 * and even then fails once the list is past the list view threshold.
 */
function assertIndexed(req: StandInRequest, db: StandInDb, list: ListRecord, columns: ReadonlyMap<string, ColumnDef>, names: readonly string[]): void {
  const unindexed = names.find((name) => name !== 'id' && columns.get(name)?.indexed !== true && columns.has(name));
  if (!unindexed) return;
  if (!HONOR_NON_INDEXED.test(req.headers.prefer ?? '')) {
    throw fail.badRequest(
      `Field '${unindexed}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  if (countItems(db, list.id) > LIST_VIEW_THRESHOLD) throw thresholdExceeded(`'${unindexed}' is not indexed.`);
}

export function orderSql(terms: readonly OrderTerm[], columns: ReadonlyMap<string, ColumnDef>): string {
  const parts = terms.map((t) => {
    if (t.field === 'id') return `id ${t.desc ? 'DESC' : 'ASC'}`;
    const column = columns.get(t.field);
    if (!column) throw fail.badRequest(`Column '${t.field}' does not exist. It may have been deleted by another user.`);
    const kind = columnKind(column);
    const collate = kind === 'text' || kind === 'choice' ? ' COLLATE NOCASE' : '';
    return `${fieldExpr(t.field)}${collate} ${t.desc ? 'DESC' : 'ASC'}`;
  });
  return [...parts, 'id ASC'].join(', ');
}

/** The same request with a new `$skiptoken`, as `@odata.nextLink`. */
function nextLink(req: StandInRequest, token: string): string {
  const params = new URLSearchParams(req.query);
  params.delete('$skiptoken');
  params.delete('skiptoken');
  params.set('$skiptoken', token);
  return `${req.graphBaseUrl}${req.path}?${queryString(params)}`;
}

export const getItems: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const columnList = listColumns(db, list.id);
  const columns = new Map(columnList.map((c) => [c.name, c]));
  const filterText = option(req.query, 'filter');
  const filterTree = filterText ? parseFilter(filterText) : undefined;
  const order = parseOrderBy(req.query);
  assertIndexed(req, db, list, columns, [...(filterTree ? filterFields(filterTree) : []), ...order.filter((o) => o.field !== 'id').map((o) => o.field)]);
  const requestedTop = Number(option(req.query, 'top') ?? 0);
  assertWithinThreshold(db, list, columns, req.siteDates, { filter: filterTree, orderedBy: order.map((o) => o.field), top: requestedTop });
  const filter = filterTree ? compileFilter(filterTree, columns, req.siteDates) : { where: '1', params: [] };
  const top = pageSize(req.query);
  const position = decodeSkipToken(option(req.query, 'skiptoken'));
  const keyset = order.length === 0;
  const afterId = 'afterId' in position ? position.afterId : 0;
  const offset = 'offset' in position ? position.offset : 0;
  const rows = selectItems(db, list.id, {
    where: keyset ? `(${filter.where}) AND id > ?` : filter.where,
    params: keyset ? [...filter.params, afterId] : filter.params,
    orderBy: orderSql(order, columns),
    limit: top + 1,
    offset: keyset ? 0 : offset,
  });
  const page = rows.slice(0, top);
  const more = rows.length > top;
  const expand = parseExpand(req.query);
  const select = parseSelect(option(req.query, 'select'));
  const last = page[page.length - 1];
  return json(200, {
    '@odata.context': `${req.graphBaseUrl}/$metadata#sites('${params.site}')/lists('${list.id}')/items`,
    value: page.map((item) => itemJson(req, list, columnList, item, { fields: expand.fields, select })),
    ...(more && last
      ? { '@odata.nextLink': nextLink(req, encodeSkipToken(keyset ? { afterId: last.id } : { offset: offset + top })) }
      : {}),
  });
};

/** The item a path names, or Graph's 404. */
export function requireItem(db: StandInDb, list: ListRecord, idText: string): ItemRecord {
  const id = Number(idText);
  const item = Number.isInteger(id) && id > 0 ? getItem(db, list.id, id) : undefined;
  if (!item) throw fail.notFound('Item not found');
  return item;
}

export const getOneItem: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const item = requireItem(db, list, params.item!);
  const expand = parseExpand(req.query);
  return json(200, {
    '@odata.context': `${req.graphBaseUrl}/$metadata#sites('${params.site}')/lists('${list.id}')/items/$entity`,
    ...itemJson(req, list, listColumns(db, list.id), item, { fields: expand.fields, select: parseSelect(option(req.query, 'select')) }),
  });
};

export const getItemFields: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const item = requireItem(db, list, params.item!);
  return json(200, fieldsJson(item, [...columnMap(db, list).values()], req.siteDates, parseSelect(option(req.query, 'select'))));
};
