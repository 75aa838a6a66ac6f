import { randomUUID } from 'node:crypto';
import type { RouteHandler, StandInRequest, StandInServices } from './http/context';
import { GraphHttpError, graphErrorReply, type Reply } from './http/reply';
import { createBatchHandler } from './resources/batch';
import { getColumns, postColumn } from './resources/columns';
import { getDelta } from './resources/delta';
import { getContent, getDrive, getDriveItem, putContent } from './resources/drive';
import { deleteItem, patchItem, patchItemFields, postItem } from './resources/item-writes';
import { getItemFields, getItems, getOneItem } from './resources/items';
import { getList, getLists, postList } from './resources/lists';
import { postActivityNotification } from './resources/activity-feed';
import { getMe, getSite } from './resources/sites';
import { getUsers } from './resources/users';
import { getVersion, getVersions } from './resources/versions';
import { assertGraphPermission, LIST_USERS, SEND_ACTIVITY_NOTIFICATION, SITE_PERMISSIONS, type GraphPermission } from './graph-permissions';
import { assertSiteLevel, type Level } from './permissions';
import { getPermissions, postPermission } from './resources/permissions';
import { assertKnownSite } from './site';

interface Route {
  readonly method: string;
  /** The site permission the request needs (SharePoint's model, see permissions.ts). */
  readonly level: Level;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: RouteHandler;
  /** The Graph permission the token must carry as well (directory and Teams calls). */
  readonly permission?: GraphPermission;
}

/** "/sites/:site/lists/:list" → a regex with one group per ":name"; "*path" takes the rest up to the next literal. */
function route(method: string, template: string, handler: RouteHandler, level: Level = method === 'GET' ? 'read' : 'write', permission?: GraphPermission): Route {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((seg) =>
      seg.replace(/:[a-z]+|\*[a-z]+|[.*+?^${}()|[\]\\]/gi, (m) => {
        if (m.startsWith(':') && m.length > 1) {
          names.push(m.slice(1));
          return '([^/]+)';
        }
        if (m.startsWith('*') && m.length > 1) {
          names.push(m.slice(1));
          return '(.+?)';
        }
        return `\\${m}`;
      }),
    )
    .join('/');
  return { method, level, pattern: new RegExp(`^${source}/?$`), names, handler, ...(permission && { permission }) };
}

const ITEM = '/sites/:site/lists/:list/items/:item';

const routes: Route[] = [
  route('GET', '/me', getMe, 'none'),
  route('GET', '/users', getUsers, 'none', LIST_USERS),
  route('POST', '/users/:user/teamwork/sendActivityNotification', postActivityNotification, 'none', SEND_ACTIVITY_NOTIFICATION),
  route('GET', '/sites/:site', getSite),
  route('GET', '/sites/:site/lists', getLists),
  route('POST', '/sites/:site/lists', postList, 'manage'),
  route('GET', '/sites/:site/lists/:list', getList),
  route('GET', '/sites/:site/lists/:list/columns', getColumns),
  route('POST', '/sites/:site/lists/:list/columns', postColumn, 'manage'),
  route('GET', '/sites/:site/permissions', getPermissions, 'fullcontrol', SITE_PERMISSIONS),
  route('POST', '/sites/:site/permissions', postPermission, 'fullcontrol', SITE_PERMISSIONS),
  route('GET', '/sites/:site/lists/:list/items/delta', getDelta),
  route('GET', '/sites/:site/lists/:list/items/delta()', getDelta),
  route('GET', '/sites/:site/lists/:list/items', getItems),
  route('POST', '/sites/:site/lists/:list/items', postItem),
  route('GET', ITEM, getOneItem),
  route('PATCH', ITEM, patchItem),
  route('DELETE', ITEM, deleteItem),
  route('GET', `${ITEM}/fields`, getItemFields),
  route('PATCH', `${ITEM}/fields`, patchItemFields),
  route('GET', `${ITEM}/versions`, getVersions),
  route('GET', `${ITEM}/versions/:version`, getVersion),
  route('GET', '/sites/:site/drive', getDrive),
  route('PUT', '/sites/:site/drive/root:/*path:/content', putContent),
  route('GET', '/sites/:site/drive/root:/*path:/content', getContent),
  route('GET', '/sites/:site/drive/root:/*path:', getDriveItem),
  route('GET', '/sites/:site/drive/root:/*path', getDriveItem),
  // Each request inside a batch is checked on its own.
  route('POST', '/$batch', createBatchHandler((req, services) => dispatch(req, services)), 'none'),
];

function unexpected(error: unknown): GraphHttpError {
  // Never echo request data into the log: it may hold people's names and emails.
  console.error('[stand-in] unexpected error:', error instanceof Error ? error.stack : String(error));
  return new GraphHttpError(500, 'generalException', 'An unexpected error occurred in the local stand-in.');
}

/** Runs one Graph request against the stand-in and returns its answer (errors in Graph's shape). */
export function dispatch(req: StandInRequest, services: StandInServices): Reply {
  const requestId = randomUUID();
  try {
    let pathMatched = false;
    for (const r of routes) {
      const m = r.pattern.exec(req.path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== req.method) continue;
      const params = Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]!]));
      if (params.site !== undefined) assertKnownSite(params.site);
      // The token's own permissions first, as Graph checks them before SharePoint sees the request.
      if (r.permission) assertGraphPermission(req.caller, r.permission);
      assertSiteLevel(services.db, req.caller, r.level);
      const reply = r.handler(req, params, services);
      return { ...reply, headers: { 'request-id': requestId, ...reply.headers } };
    }
    if (pathMatched) throw new GraphHttpError(405, 'Request_BadRequest', `The method ${req.method} is not allowed on this resource.`);
    const segment = req.path.split('/').filter(Boolean).pop() ?? '';
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  } catch (error) {
    const graphError = error instanceof GraphHttpError ? error : unexpected(error);
    const reply = graphErrorReply(graphError, requestId);
    return { ...reply, headers: { 'request-id': requestId, ...reply.headers } };
  }
}
