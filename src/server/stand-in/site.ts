import { fail } from './http/reply';

/**
 * The one SharePoint site the local stand-in hosts (development and tests only). Its id has the
 * real form "<hostname>,<site collection id>,<web id>".
 */
export const DEFAULT_SITE_ID = 'localhost,6c2f1a7e-3b5d-4e8a-9c41-2d7f0b9e5a13,8e4b2c6d-1f3a-4b7c-a95e-0d2c8f6b1e47';

/** Where the stand-in answers Graph v1.0, on the dev server and on `startStandIn`. */
export const GRAPH_BASE_PATH = '/graph/v1.0';

/**
 * Where the stand-in answers SharePoint REST (`/_api/...`), the part Graph lacks (views,
 * versioning). The site's `webUrl` is `<origin>/sharepoint/sites/lapp`, so a client builds
 * `${webUrl}/_api/web/lists/getbytitle('…')/views` exactly as it would for a real tenant.
 */
export const SHAREPOINT_REST_BASE_PATH = '/sharepoint';
export const SITE_SERVER_RELATIVE_PATH = '/sites/lapp';

const [, SITE_COLLECTION_ID, WEB_ID] = DEFAULT_SITE_ID.split(',') as [string, string, string];


const CREATED = '2024-01-08T09:00:00Z';

export function siteWebUrl(origin: string): string {
  return `${origin}${SHAREPOINT_REST_BASE_PATH}${SITE_SERVER_RELATIVE_PATH}`;
}

/** Accepts the id in any of the forms Graph does: the full id, "root", or "hostname:/path". */
export function assertKnownSite(segment: string): void {
  const id = decodeURIComponent(segment).toLowerCase();
  const known = [DEFAULT_SITE_ID.toLowerCase(), 'root', `localhost:${SITE_SERVER_RELATIVE_PATH}`, `localhost:${SITE_SERVER_RELATIVE_PATH}:`];
  if (!known.includes(id)) throw fail.notFound(`Requested site could not be found`);
}

/** Graph's `site` resource for the stand-in's site. */
export function siteJson(origin: string, graphBaseUrl: string): Record<string, unknown> {
  return {
    '@odata.context': `${graphBaseUrl}/$metadata#sites/$entity`,
    createdDateTime: CREATED,
    description: 'Local SharePoint stand-in for LAPP for Teams (development and tests only)',
    id: DEFAULT_SITE_ID,
    lastModifiedDateTime: CREATED,
    name: 'lapp',
    webUrl: siteWebUrl(origin),
    displayName: 'LAPP (local stand-in)',
    root: {},
    siteCollection: { hostname: 'localhost' },
    sharepointIds: { siteId: SITE_COLLECTION_ID, webId: WEB_ID, siteUrl: siteWebUrl(origin) },
  };
}
