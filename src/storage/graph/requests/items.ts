import type { GraphAnswer, GraphHttp } from '../graph-http';
import type { GraphFields, GraphListItem } from '../graph-types';
import { queryString } from '../odata';
import { listPath } from './lists';

export interface ItemQuery {
  /** The item fields to return (`$expand=fields($select=…)`): the schema's, never every column. */
  readonly fields: readonly string[];
  readonly filter?: string;
  readonly top?: number;
}

/** `$expand=fields($select=A,B)`: the list item with only the named columns. */
export function expandFields(fields: readonly string[]): string {
  return `fields($select=${fields.join(',')})`;
}

export function itemPath(siteId: string, listId: string, itemId: string): string {
  return `${listPath(siteId, listId)}/items/${encodeURIComponent(itemId)}`;
}

/** The URL of one item with the named fields. */
export function itemUrl(siteId: string, listId: string, itemId: string, fields: readonly string[]): string {
  return `${itemPath(siteId, listId, itemId)}${queryString({ $expand: expandFields(fields) })}`;
}

/**
 * The listItem's own properties a read keeps: its id and who changed it last. The rest (webUrl,
 * createdBy, parentReference, contentType…) is over a third of every item's bytes, and the dates
 * and eTag come in `fields` anyway.
 */
const ITEM_PROPERTIES = 'id,lastModifiedBy';

/** The URL of a filtered read of a list's items. */
export function itemsUrl(siteId: string, listId: string, query: ItemQuery): string {
  return `${listPath(siteId, listId)}/items${queryString({
    $select: ITEM_PROPERTIES,
    $expand: expandFields(query.fields),
    $filter: query.filter,
    $top: query.top,
  })}`;
}

function ifMatch(etag: string | undefined): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

/** Creates an item; a 409 (a unique column already holds the value) is the caller's to handle. */
export function createItem(http: GraphHttp, siteId: string, listId: string, fields: GraphFields): Promise<GraphAnswer<GraphListItem>> {
  return http.send<GraphListItem>({ method: 'POST', path: `${listPath(siteId, listId)}/items`, body: { fields }, accept: [409] });
}

/** Reads one item with the named fields. */
export async function getItem(http: GraphHttp, siteId: string, listId: string, itemId: string, fields: readonly string[]): Promise<GraphListItem> {
  return (await http.send<GraphListItem>({ method: 'GET', path: itemUrl(siteId, listId, itemId, fields) })).body;
}

/** Changes only the given fields; with an ETag, a stale one answers 412 for the caller to handle. */
export function updateItemFields(
  http: GraphHttp,
  siteId: string,
  listId: string,
  itemId: string,
  fields: GraphFields,
  etag?: string,
): Promise<GraphAnswer<GraphFields | undefined>> {
  return http.send<GraphFields | undefined>({
    method: 'PATCH',
    path: `${itemPath(siteId, listId, itemId)}/fields`,
    body: fields,
    headers: ifMatch(etag),
    accept: [412],
  });
}

/** Deletes an item; 404 (already gone) and 412 (changed since read) are the caller's to handle. */
export function deleteItem(http: GraphHttp, siteId: string, listId: string, itemId: string, etag?: string): Promise<GraphAnswer> {
  return http.send({ method: 'DELETE', path: itemPath(siteId, listId, itemId), headers: ifMatch(etag), accept: [404, 412] });
}
