import { addColumn, allLists, findList, insertList, type ListRecord } from '../db/lists-repo';
import type { StandInDb } from '../db/database';
import { addAllItemsView } from '../db/views-repo';
import type { RouteHandler, StandInRequest } from '../http/context';
import { fail, json } from '../http/reply';
import { identitySet } from '../identity';
import { DEFAULT_SITE_ID, siteWebUrl } from '../site';
import { addListColumn, TITLE_COLUMN, validateColumn, visibleColumns } from './columns';
import { requireList } from './lists-lookup';
import { option, parseExpand, parseSelect } from '../odata/query-options';

/** Graph's list resource. */
export function listJson(req: StandInRequest, db: StandInDb, list: ListRecord, withColumns = false): Record<string, unknown> {
  const etag = `"${list.id},${list.modified}"`;
  return {
    '@odata.etag': etag,
    createdDateTime: list.created,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: `${siteWebUrl(req.origin)}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: identitySet(list.createdBy),
    parentReference: { siteId: DEFAULT_SITE_ID },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(withColumns ? { columns: visibleColumns(db, list) } : {}),
  };
}

function project(value: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k === '@odata.etag' || select.includes(k)));
}

/** `$filter=displayName eq '…'` (or name): the filters clients use to find a list. */
function listFilter(text: string | undefined): ((l: ListRecord) => boolean) | undefined {
  if (!text) return undefined;
  const m = /^\s*(displayName|name)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(text);
  if (!m) throw fail.badRequest(`Invalid filter clause: the local stand-in filters lists only by displayName eq '…' or name eq '…'.`);
  const wanted = m[2]!.replace(/''/g, "'").toLowerCase();
  return (l) => (m[1] === 'name' ? l.name : l.displayName).toLowerCase() === wanted;
}

export const getLists: RouteHandler = (req, params, { db }) => {
  const keep = listFilter(option(req.query, 'filter'));
  const select = parseSelect(option(req.query, 'select'));
  const { columns } = parseExpand(req.query);
  const lists = allLists(db).filter((l) => !keep || keep(l));
  return json(200, {
    '@odata.context': `${req.graphBaseUrl}/$metadata#sites('${params.site}')/lists`,
    value: lists.map((l) => project(listJson(req, db, l, columns), select)),
  });
};

export const getList: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const { columns } = parseExpand(req.query);
  return json(200, project(listJson(req, db, list, columns), parseSelect(option(req.query, 'select'))));
};

/**
 * Creates a list the way `POST /sites/{site}/lists` does: a genericList with Title, then the
 * given columns, all in one transaction. The seed provisions through this too.
 */
export function createList(db: StandInDb, body: unknown, createdBy: string): ListRecord {
  const b = (body ?? {}) as { displayName?: unknown; description?: unknown; list?: { template?: unknown }; columns?: unknown };
  if (typeof b.displayName !== 'string' || !b.displayName.trim() || b.displayName.length > 255) {
    throw fail.badRequest('A list needs a displayName of 1 to 255 characters.');
  }
  const template = typeof b.list?.template === 'string' ? b.list.template : 'genericList';
  if (template !== 'genericList') throw fail.badRequest(`The local stand-in creates only genericList lists, not '${template}'.`);
  if (b.columns !== undefined && !Array.isArray(b.columns)) throw fail.badRequest('columns must be an array of columnDefinition.');
  const columns = ((b.columns ?? []) as unknown[]).map(validateColumn);
  const displayName = b.displayName.trim();
  return db.tx(() => {
    if (findList(db, displayName)) {
      throw fail.conflict(
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    const created = insertList(db, {
      displayName,
      description: typeof b.description === 'string' ? b.description : '',
      template,
      createdBy,
    });
    // The template's own Title, which no client may add: the one built-in name that is stored.
    addColumn(db, created.id, TITLE_COLUMN);
    for (const c of columns) addListColumn(db, created, c);
    addAllItemsView(db, created.id);
    return created;
  });
}

export const postList: RouteHandler = (req, _params, { db }) => json(201, listJson(req, db, createList(db, req.body, req.caller.email)));
