import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hardenServer, withEdge } from '../http-edge';
import { StandInDb } from './db/database';
import { FaultController, type FaultSettings } from './faults';
import type { ResourceUsage } from './metering';
import { GRAPH_AUDIENCE, LOCAL_CLIENT_ID, LOCAL_ISSUER_BASE, LocalEntra } from '../local-entra/local-entra';
import { grant, type SiteRole } from './db/permissions-repo';
import { createStandInHandler } from './handler';
import { createAuthenticator } from './identity';
import { loadIntoEmptySite, type SiteContent } from './site-content';
import { DEFAULT_SITE_ID, GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH, SITE_SERVER_RELATIVE_PATH } from './site';

/**
 * The embedded local SharePoint stand-in — for development and tests only, never production.
 * It answers the part of Microsoft Graph v1.0 the app uses, in Graph's own shapes, over SQLite.
 */
export { createStandInHandler, type StandInHandler, type StandInHandlerOptions } from './handler';
export { StandInDb } from './db/database';
export { FaultController, type FaultSettings } from './faults';
export { DEFAULT_RU_PER_MINUTE, ResourceMeter, type ResourceUsage } from './metering';
export { loadIntoEmptySite, type SiteContent } from './site-content';
export { DEFAULT_SITE_ID, GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH, SITE_SERVER_RELATIVE_PATH } from './site';

export interface StartStandInOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** A SQLite file, or ':memory:' (the default). */
  readonly dbPath?: string;
  /** What an empty database is filled with (lists and items in Graph's shapes). */
  readonly content?: SiteContent;
  readonly latencyMs?: number;
  readonly faultRate?: number;
  readonly dropRate?: number;
  /** Resource units per application per minute before 429 (default 1,200, the smallest tenant's; Infinity never refuses). */
  readonly resourceUnitsPerMinute?: number;
  /** The IANA time zone of the site's regional settings (default Europe/London). */
  readonly siteTimeZone?: string;
  /** The status of a unique-value clash: 409 (default) or 500 with SPDuplicateValuesFoundException. */
  readonly duplicateStatus?: 409 | 500;
  /** The local Entra stand-in whose site-tenant tokens it accepts; a new one by default. */
  readonly entra?: LocalEntra;
  /** Give the local app this level on the site (as `lapp provision` would), e.g. 'manage'. */
  readonly appGrant?: SiteRole;
}

export interface RunningStandIn {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** e.g. http://127.0.0.1:41234/graph/v1.0 */
  readonly graphBaseUrl: string;
  /** The site's web URL, the root of its SharePoint REST API (`${sharePointSiteUrl}/_api/…`). */
  readonly sharePointSiteUrl: string;
  readonly siteId: string;
  readonly db: StandInDb;
  /** The local Entra stand-in: `entra.tokenFor(email, GRAPH_AUDIENCE)`, `entra.appToken()`. */
  readonly entra: LocalEntra;
  /**
   * A Graph token from the site's tenant (people of other organisations sign in there as guests)
   * with these delegated permissions; by default the registration's consented ones (`Sites.Manage.All`).
   */
  tokenFor(email: string, scopes?: readonly string[]): Promise<string>;
  setFaults(changes: Partial<FaultSettings>): void;
  /** What the stand-in has metered, as `GET /_standin/usage` answers it. */
  usage(): ResourceUsage;
  resetUsage(): void;
  close(): Promise<void>;
}

/** Starts the stand-in on its own HTTP server, Graph under /graph/v1.0 (development and tests only). */
export async function startStandIn(options: StartStandInOptions = {}): Promise<RunningStandIn> {
  const db = new StandInDb(options.dbPath ?? ':memory:');
  if (options.content) loadIntoEmptySite(db, options.content);
  const faults = new FaultController({ latencyMs: options.latencyMs, faultRate: options.faultRate, dropRate: options.dropRate });
  const entra = options.entra ?? (await LocalEntra.create(LOCAL_ISSUER_BASE));
  const handler = createStandInHandler({
    db,
    faults,
    resourceUnitsPerMinute: options.resourceUnitsPerMinute,
    siteTimeZone: options.siteTimeZone,
    duplicateStatus: options.duplicateStatus,
    authenticate: createAuthenticator(entra.site),
  });
  if (options.appGrant) grant(db, 'app', LOCAL_CLIENT_ID, 'LAPP for Teams', options.appGrant);
  const server = hardenServer(
    http.createServer(
      withEdge((req, res) => {
        if (!handler(req, res)) {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'itemNotFound', message: `The stand-in serves ${GRAPH_BASE_PATH} and ${SHAREPOINT_REST_BASE_PATH}.` } }));
        }
      }),
    ),
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
  return {
    url,
    graphBaseUrl: `${url}${GRAPH_BASE_PATH}`,
    sharePointSiteUrl: `${url}${SHAREPOINT_REST_BASE_PATH}${SITE_SERVER_RELATIVE_PATH}`,
    siteId: DEFAULT_SITE_ID,
    db,
    entra,
    tokenFor: (email, scopes) => entra.tokenFor(email, GRAPH_AUDIENCE, { inSiteTenant: true, ...(scopes && { scopes }) }),
    setFaults: (changes) => faults.set(changes),
    usage: () => handler.usage(),
    resetUsage: () => handler.resetUsage(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
