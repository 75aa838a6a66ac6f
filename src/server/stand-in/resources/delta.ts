import { changedItems, changeLogFloor, latestSeq } from '../db/change-log';
import { getItem, selectItems } from '../db/items-repo';
import { listColumns, type ListRecord } from '../db/lists-repo';
import type { StandInDb } from '../db/database';
import type { RouteHandler, StandInRequest } from '../http/context';
import { GraphHttpError, json } from '../http/reply';
import { option, pageSize, parseExpand, parseSelect, queryString } from '../odata/query-options';
import { DEFAULT_SITE_ID } from '../site';
import { itemJson } from './item-json';
import { requireList } from './lists-lookup';

/**
 * `items/delta` over the change log. A token is opaque to clients; inside it names the database,
 * the list, the change it is up to and, while the first full enumeration is paging, the last id.
 */
interface DeltaToken {
  readonly i: string;
  readonly l: string;
  readonly s: number;
  readonly a?: number;
}

const encode = (t: DeltaToken) => Buffer.from(JSON.stringify(t)).toString('base64url');

function decode(text: string): DeltaToken | undefined {
  try {
    const t = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as DeltaToken;
    return typeof t.i === 'string' && typeof t.l === 'string' && Number.isInteger(t.s) ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The next or delta link. SharePoint's delta links are known to drop `$expand`, so the
 * stand-in's do too: a client must cope with items that come back without their fields.
 */
function linkFor(req: StandInRequest, siteSegment: string, list: ListRecord, token: string, dropExpand = false): string {
  const params = new URLSearchParams(req.query);
  if (dropExpand) for (const name of ['$expand', 'expand']) params.delete(name);
  params.set('token', token);
  return `${req.graphBaseUrl}/sites/${siteSegment}/lists/${list.id}/items/delta?${queryString(params)}`;
}

/** 410 Gone with a Location that starts a fresh enumeration, as Graph answers a token it cannot honour. */
function resync(req: StandInRequest, siteSegment: string, list: ListRecord): GraphHttpError {
  const params = new URLSearchParams(req.query);
  params.delete('token');
  const fresh = `${req.graphBaseUrl}/sites/${siteSegment}/lists/${list.id}/items/delta${params.size ? `?${queryString(params)}` : ''}`;
  return new GraphHttpError(
    410,
    'resyncRequired',
    'Resync required. The delta token has expired or is not valid for this list: enumerate the list again from the Location given.',
    { Location: fresh },
  );
}

function validToken(db: StandInDb, list: ListRecord, token: DeltaToken | undefined): token is DeltaToken {
  return token !== undefined && token.i === db.instanceId && token.l === list.id && token.s >= changeLogFloor(db) && token.s <= latestSeq(db);
}

export const getDelta: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const site = params.site!;
  const context = `${req.graphBaseUrl}/$metadata#Collection(listItem)`;
  const tokenText = option(req.query, 'token');
  const base = { i: db.instanceId, l: list.id };
  if (tokenText === 'latest') {
    return json(200, { '@odata.context': context, value: [], '@odata.deltaLink': linkFor(req, site, list, encode({ ...base, s: latestSeq(db) }), true) });
  }
  const token = tokenText === undefined ? { ...base, s: latestSeq(db), a: 0 } : decode(tokenText);
  if (!validToken(db, list, token)) throw resync(req, site, list);

  const top = pageSize(req.query);
  const columns = listColumns(db, list.id);
  const options = { fields: parseExpand(req.query).fields, select: parseSelect(option(req.query, 'select')), withoutPeople: true };
  const next = (t: DeltaToken) => ({ '@odata.nextLink': linkFor(req, site, list, encode(t)) });
  const done = (s: number) => ({ '@odata.deltaLink': linkFor(req, site, list, encode({ ...base, s }), true) });

  if (token.a !== undefined) {
    // The first sync: every item as it is now, by id; changes made meanwhile come in the next round.
    const rows = selectItems(db, list.id, { where: 'id > ?', params: [token.a], orderBy: 'id ASC', limit: top + 1, offset: 0 });
    const page = rows.slice(0, top);
    const value = page.map((item) => itemJson(req, list, columns, item, options));
    const more = rows.length > top;
    return json(200, { '@odata.context': context, value, ...(more ? next({ ...token, a: page[page.length - 1]!.id }) : done(token.s)) });
  }

  const changed = changedItems(db, list.id, token.s, top + 1);
  const page = changed.slice(0, top);
  const value = page.map(({ itemId }) => {
    const item = getItem(db, list.id, itemId);
    return item
      ? itemJson(req, list, columns, item, options)
      : { id: String(itemId), parentReference: { siteId: DEFAULT_SITE_ID }, deleted: { state: 'deleted' } };
  });
  const lastSeq = page.length > 0 ? page[page.length - 1]!.seq : token.s;
  return json(200, { '@odata.context': context, value, ...(changed.length > top ? next({ ...base, s: lastSeq }) : done(lastSeq)) });
};
