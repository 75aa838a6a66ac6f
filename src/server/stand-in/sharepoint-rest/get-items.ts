import type { StandInDb } from '../db/database';
import { selectItems } from '../db/items-repo';
import { listColumns, type ListRecord } from '../db/lists-repo';
import type { StandInRequest } from '../http/context';
import { GraphHttpError, type Reply } from '../http/reply';
import { assertWithinThreshold } from '../list-view-threshold';
import { filterFields } from '../odata/filter-parser';
import { compileFilter } from '../odata/filter-sql';
import { orderSql } from '../resources/items';
import { readViewXml } from './caml-query';
import { spCollection, spFail } from './sp-reply';

/**
 * `POST …/lists/getbytitle('…')/GetItems` with `{ query: { ViewXml } }`: the items a CAML query
 * (a view's query) selects. This is what SharePoint runs when anyone opens a view, so the
 * managers' views are checked here against the list view threshold, which SharePoint REST
 * reports as SPQueryThrottledException.
 */
export function getItemsByCaml(req: StandInRequest, db: StandInDb, list: ListRecord): Reply {
  const body = req.body as { query?: { ViewXml?: unknown } } | undefined;
  const viewXml = body?.query?.ViewXml;
  if (typeof viewXml !== 'string') throw spFail.argument('GetItems needs { "query": { "ViewXml": "<View>…</View>" } }.');
  const columnList = listColumns(db, list.id);
  const columns = new Map(columnList.map((c) => [c.name, c]));
  const query = readViewXml(viewXml, req.siteDates.localParts(Date.now()).date);
  const named = [...(query.where ? filterFields(query.where) : []), ...query.orderBy.map((o) => o.field), ...query.groupBy];
  const unknown = named.find((name) => name !== 'ID' && !columns.has(name));
  if (unknown) throw spFail.argument(`Field or property "${unknown}" does not exist.`);
  try {
    assertWithinThreshold(db, list, columns, req.siteDates, { filter: query.where, orderedBy: [...query.groupBy, ...query.orderBy.map((o) => o.field)], top: query.rowLimit });
  } catch (error) {
    if (error instanceof GraphHttpError) throw spFail.spException(500, `The attempted operation is prohibited because it exceeds the list view threshold. (Microsoft.SharePoint.SPQueryThrottledException: ${error.message})`);
    throw error;
  }
  const filter = query.where ? compileFilter(query.where, columns, req.siteDates) : { where: '1', params: [] };
  const order = [...query.groupBy.map((field) => ({ field, desc: false })), ...query.orderBy.map((o) => ({ field: o.field === 'ID' ? 'id' : o.field, desc: o.descending }))];
  const rows = selectItems(db, list.id, { where: filter.where, params: filter.params, orderBy: orderSql(order, columns), limit: query.rowLimit, offset: 0 });
  return spCollection(
    req,
    'SP.ListItem',
    rows.map((item) => ({ ID: item.id, Id: item.id, ...item.fields })),
  );
}
