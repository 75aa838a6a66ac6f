import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { hardenServer, hostsOfOrigins, withEdge } from './http-edge';
import { createLocalEntraRoutes } from './local-entra/local-entra-routes';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER_BASE, LocalEntra } from './local-entra/local-entra';
import { localServiceSetup, tenantServiceSetup, type ServiceSetup } from './plan-service-setup';
import type { Clock } from '../service/live';
import { appConfigFromEnv } from './served-app-config';
import { findPermission, grant } from './stand-in/db/permissions-repo';
import { createAuthenticator } from './stand-in/identity';
import { SECURITY_HEADERS } from './security-headers';
import { serveStatic } from './static-files';
import { compactChangeLog, RETENTION_DAYS } from './stand-in/db/change-log';
import { StandInDb } from './stand-in/db/database';
import { FaultController, type FaultSettings } from './stand-in/faults';
import { createStandInHandler } from './stand-in/handler';
import { parseBudget, type ResourceUsage } from './stand-in/metering';
import { siteDatesFor } from './stand-in/site-dates';
import { seedIfEmpty } from './sample-site/sample-site';
import { DEFAULT_SITE_ID, GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH, siteWebUrl } from './stand-in/site';

export const DEFAULT_PORT = 53000;

export interface DevServerOptions {
  /** 0 picks a free port; default PORT or 53000. */
  readonly port?: number;
  readonly host?: string;
  /** Where the stand-in keeps its SQLite file; default LAPP_DATA_DIR or .data. ':memory:' keeps nothing. */
  readonly dataDir?: string;
  /** The built app; default dist/ beside src/. */
  readonly distDir?: string;
  /** Settings (LAPP_*, STANDIN_*); default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** The day the sample data is relative to, when the database is new (tests). */
  readonly today?: string;
  /** The clock of the live side's outside-edits watcher (the benchmark simulates an hour with it). */
  readonly liveClock?: Clock;
  /** The stand-in's resource-unit budget per application per minute; default STANDIN_RU_PER_MINUTE or 1,200. */
  readonly resourceUnitsPerMinute?: number;
  /** The stand-in site's time zone (IANA); default STANDIN_SITE_TIME_ZONE or Europe/London. */
  readonly siteTimeZone?: string;
}

export interface RunningDevServer {
  /** e.g. http://localhost:53000 */
  readonly url: string;
  readonly mode: 'local' | 'tenant';
  /** The stand-in's Graph root, in local mode. */
  readonly standInUrl?: string;
  /** The stand-in site's web URL, the root of its SharePoint REST API, in local mode. */
  readonly sharePointSiteUrl?: string;
  readonly siteId?: string;
  /** The local Entra stand-in (local mode only): tokens for sample people in tests. */
  readonly entra?: LocalEntra;
  setFaults(changes: Partial<FaultSettings>): void;
  /** The stand-in's resource-unit meter, in local mode (also `GET /_standin/usage`). */
  readonly standIn?: { usage(): ResourceUsage; resetUsage(): void };
  close(): Promise<void>;
}

function numberSetting(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}".`);
  return value;
}

/** A comma-separated setting as a list, e.g. LAPP_ALLOWED_HOSTS=lapp.example.org,lapp-staging.example.org. */
function listSetting(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The stand-in's database and fault layer, from the options and STANDIN_* settings. */
async function openStandIn(options: DevServerOptions, env: NodeJS.ProcessEnv) {
  const faults = new FaultController({
    latencyMs: numberSetting(env, 'STANDIN_LATENCY_MS'),
    faultRate: numberSetting(env, 'STANDIN_FAULT_RATE'),
    dropRate: numberSetting(env, 'STANDIN_DROP_RATE'),
  });
  // Every setting is checked before the database is opened, so a bad one leaves nothing open.
  const resourceUnitsPerMinute = options.resourceUnitsPerMinute ?? parseBudget(env.STANDIN_RU_PER_MINUTE);
  const siteTimeZone = options.siteTimeZone ?? (env.STANDIN_SITE_TIME_ZONE || undefined);
  try {
    siteDatesFor(siteTimeZone);
  } catch (error) {
    throw new Error(`STANDIN_SITE_TIME_ZONE: ${(error as Error).message}`);
  }
  const duplicateStatus = numberSetting(env, 'STANDIN_DUPLICATE_STATUS');
  if (duplicateStatus !== undefined && duplicateStatus !== 409 && duplicateStatus !== 500) {
    throw new Error(`STANDIN_DUPLICATE_STATUS must be 409 or 500, not "${duplicateStatus}".`);
  }
  const dataDir = options.dataDir ?? env.LAPP_DATA_DIR ?? '.data';
  const db = new StandInDb(dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'standin.sqlite'));
  compactChangeLog(db, new Date(Date.now() - RETENTION_DAYS * 86_400_000).toISOString());
  seedIfEmpty(db, options.today);
  const entra = await LocalEntra.create(LOCAL_ISSUER_BASE);
  const handler = createStandInHandler({ db, faults, resourceUnitsPerMinute, siteTimeZone, duplicateStatus, authenticate: createAuthenticator(entra.site) });
  // The app's Sites.Selected grant, as `lapp provision` makes it on a real site.
  if (!findPermission(db, 'app', LOCAL_CLIENT_ID)) grant(db, 'app', LOCAL_CLIENT_ID, 'LAPP for Teams', 'manage');
  return { db, faults, entra, handler, entraRoutes: createLocalEntraRoutes(entra) };
}

/**
 * The development server: the built app, `/app-config.json`, and in local mode the SharePoint
 * stand-in at /graph/v1.0 (and its SharePoint REST part at /sharepoint). Settings are checked
 * before anything listens, so a bad value stops it with a message saying which.
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<RunningDevServer> {
  const env = options.env ?? process.env;
  const { mode, configFor } = appConfigFromEnv(env);
  const standIn = mode === 'local' ? await openStandIn(options, env) : undefined;
  // In tenant mode the service is set up before anything listens, so a bad setting stops the server.
  let planService: ServiceSetup | undefined = standIn ? undefined : tenantServiceSetup(env);
  const distDir = options.distDir ?? path.resolve(__dirname, '..', '..', 'dist');

  const tabOrigin = env.LAPP_TAB_ORIGIN;
  const edge = {
    allowedHosts: [...listSetting(env, 'LAPP_ALLOWED_HOSTS'), ...hostsOfOrigins([tabOrigin])],
    allowedOrigins: tabOrigin ? [tabOrigin] : [],
  };
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (standIn?.handler(req, res)) return;
    if (planService?.handler(req, res)) return;
    const pathname = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (standIn?.entraRoutes(req, res, pathname)) return;
    if (pathname === '/healthz') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok', mode }));
      return;
    }
    if (pathname === '/app-config.json') {
      const origin = `${req.headers['x-forwarded-proto'] ?? 'http'}://${req.headers.host ?? 'localhost'}`;
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(configFor(origin)));
      return;
    }
    if (!standIn && [GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH, '/_standin'].some((base) => pathname.startsWith(`${base}/`))) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The local SharePoint stand-in is off in tenant mode.');
      return;
    }
    serveStatic(req, res, distDir);
  };
  const server = hardenServer(http.createServer(withEdge(listener, edge)));
  const port = options.port ?? numberSetting(env, 'PORT') ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? (env.HOST || '127.0.0.1'), resolve);
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  // Locally the service reaches the stand-in over HTTP, as it reaches Graph in a tenant.
  if (standIn) planService = localServiceSetup(standIn.entra, `${url}${GRAPH_BASE_PATH}`, DEFAULT_SITE_ID, env, options.liveClock);
  return {
    url,
    mode,
    ...(standIn ? { standInUrl: `${url}${GRAPH_BASE_PATH}`, sharePointSiteUrl: siteWebUrl(url), siteId: DEFAULT_SITE_ID } : {}),
    ...(standIn ? { entra: standIn.entra } : {}),
    setFaults: (changes) => standIn?.faults.set(changes),
    ...(standIn ? { standIn: { usage: () => standIn.handler.usage(), resetUsage: () => standIn.handler.resetUsage() } } : {}),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          standIn?.db.close();
          void planService?.live.close().finally(resolve);
        });
        server.closeAllConnections();
      }),
  };
}
