import type { StandInRequest, StandInServices } from '../http/context';
import { GraphHttpError, type Reply } from '../http/reply';
import { findList } from '../db/lists-repo';
import { assertSiteLevel } from '../permissions';
import { siteWebUrl, SITE_SERVER_RELATIVE_PATH } from '../site';
import { getListSettings, mergeListSettings } from './list-settings';
import { getItemsByCaml } from './get-items';
import { getTimeZone } from './regional-settings';
import { spEntity, spErrorReplyFor, spFail } from './sp-reply';
import { addView, getView, getViewFields, getViews } from './views';

/**
 * The SharePoint REST part of the stand-in (development and tests only), for what Graph lacks:
 * list views for managers and list versioning. Paths are below the site, e.g.
 * `/sharepoint/sites/lapp/_api/web/lists/getbytitle('LAPP%20Actions')/views/add`.
 */
const LIST = /^\/_api\/web\/lists\/getbytitle\('((?:[^']|'')*)'\)(\/.*)?$/i;
const VIEW = /^\/views\/getbytitle\('((?:[^']|'')*)'\)(\/viewfields)?\/?$/i;

const unquote = (s: string) => s.replace(/''/g, "'");

function route(req: StandInRequest, services: StandInServices, apiPath: string): Reply {
  const { db } = services;
  const method = (req.headers['x-http-method'] ?? req.method).toUpperCase();
  // Reading a list's settings and views needs read; changing them needs manage (SharePoint's model).
  const readsOnly = method === 'GET' || /^\/_api\/contextinfo\/?$/i.test(apiPath);
  assertSiteLevel(db, req.caller, readsOnly ? 'read' : 'manage', 'sharepoint');
  if (/^\/_api\/contextinfo\/?$/i.test(apiPath) && method === 'POST') {
    return spEntity(req, 'SP.ContextWebInformation', {
      FormDigestValue: `0x${'0'.repeat(32)},${new Date().toUTCString()}`,
      FormDigestTimeoutSeconds: 1800,
      WebFullUrl: siteWebUrl(req.origin),
      SiteFullUrl: siteWebUrl(req.origin),
    });
  }
  if (/^\/_api\/web\/regionalsettings\/timezone\/?$/i.test(apiPath) && method === 'GET') return getTimeZone(req, services.siteDates);
  const m = LIST.exec(apiPath);
  if (!m) throw spFail.spException(404, `The local stand-in does not serve ${apiPath}.`);
  const title = unquote(decodeURIComponent(m[1]!));
  const list = findList(db, title);
  if (!list) throw spFail.argument(`List '${title}' does not exist at site with URL '${siteWebUrl(req.origin)}'.`);
  const rest = (m[2] ?? '').replace(/\/$/, '');
  if (rest === '' && method === 'GET') return getListSettings(req, db, list);
  if (rest === '' && method === 'MERGE') return mergeListSettings(req, db, list);
  if (rest.toLowerCase() === '/getitems' && method === 'POST') return getItemsByCaml(req, db, list);
  if (rest.toLowerCase() === '/views' && method === 'GET') return getViews(req, db, list);
  if (rest.toLowerCase() === '/views/add' && method === 'POST') return addView(req, db, list);
  const view = VIEW.exec(rest);
  if (view && method === 'GET') {
    const viewTitle = unquote(decodeURIComponent(view[1]!));
    return view[2] ? getViewFields(req, db, list, viewTitle) : getView(req, db, list, viewTitle);
  }
  throw spFail.spException(405, `${method} is not supported on ${apiPath} by the local stand-in.`);
}

/** Answers one SharePoint REST request (path below /sharepoint); errors in SharePoint's shape. */
export function dispatchSharePoint(req: StandInRequest, services: StandInServices): Reply {
  try {
    const at = req.path.toLowerCase().indexOf('/_api/');
    const sitePath = at >= 0 ? req.path.slice(0, at) : req.path;
    if (at < 0 || sitePath.toLowerCase() !== SITE_SERVER_RELATIVE_PATH) {
      throw spFail.spException(404, `There is no SharePoint site at ${sitePath || '/'} in the local stand-in; use ${SITE_SERVER_RELATIVE_PATH}.`);
    }
    return route(req, services, req.path.slice(at));
  } catch (error) {
    const spError = error instanceof GraphHttpError ? error : spFail.spException(500, 'An unexpected error occurred in the local stand-in.');
    if (!(error instanceof GraphHttpError)) console.error('[stand-in] unexpected SharePoint REST error:', error instanceof Error ? error.stack : String(error));
    return spErrorReplyFor(req)(spError);
  }
}
