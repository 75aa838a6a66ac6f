import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInDb } from './db/database';
import { FaultController } from './faults';
import type { StandInServices } from './http/context';
import { serveSurface, type Surface } from './http/node-handler';
import { graphErrorReply } from './http/reply';
import { DEFAULT_RU_PER_MINUTE, graphCost, ResourceMeter, restCost, type ResourceUsage } from './metering';
import type { Authenticate } from './identity';
import { ensureSiteMembers } from './permissions';
import { ActivityFeed, type FeedEntry } from './resources/activity-feed';
import { dispatch } from './router';
import { siteDatesFor } from './site-dates';
import { dispatchSharePoint } from './sharepoint-rest/sp-router';
import { spErrorReply } from './sharepoint-rest/sp-reply';
import { GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH } from './site';

export interface StandInHandlerOptions {
  readonly db: StandInDb;
  readonly faults?: FaultController;
  /** Checks each request's token, as Graph does (see identity.ts). */
  readonly authenticate: Authenticate;
  /** Where Graph v1.0 is answered; '' serves it at the root. Default '/graph/v1.0'. */
  readonly graphBasePath?: string;
  /** The resource-unit budget per application per minute (default 1,200; Infinity counts without refusing). */
  readonly resourceUnitsPerMinute?: number;
  /** The IANA time zone of the site's regional settings (default Europe/London). */
  readonly siteTimeZone?: string;
  /** The status of a unique-value clash: 409 (default) or 500 with SPDuplicateValuesFoundException. */
  readonly duplicateStatus?: 409 | 500;
}

/** Where the stand-in tells what it has metered (local mode only): GET reads, DELETE starts again. */
export const USAGE_PATH = '/_standin/usage';

/** Where the stand-in shows a person's Teams activity feed (local mode only): `?user=<email>`. */
export const ACTIVITY_FEED_PATH = '/_standin/activity-feed';

/** A node:http request listener that answers only the stand-in's paths and says whether it did. */
export interface StandInHandler {
  (req: IncomingMessage, res: ServerResponse): boolean;
  readonly db: StandInDb;
  readonly faults: FaultController;
  usage(): ResourceUsage;
  resetUsage(): void;
  /** The activity-feed notifications a person has been sent. */
  feedOf(user: string): readonly FeedEntry[];
}

const startsWithPath = (pathname: string, base: string) => base === '' || pathname === base || pathname.startsWith(`${base}/`);

/**
 * The local SharePoint stand-in as a request listener (development and tests only): Graph v1.0
 * under `graphBasePath`, SharePoint REST under `/sharepoint`. The dev server mounts it beside
 * the app; `startStandIn` runs it on its own port.
 */
export function createStandInHandler(options: StandInHandlerOptions): StandInHandler {
  const faults = options.faults ?? new FaultController();
  ensureSiteMembers(options.db);
  const meter = new ResourceMeter(options.resourceUnitsPerMinute ?? DEFAULT_RU_PER_MINUTE);
  const activity = new ActivityFeed();
  const services: StandInServices = {
    db: options.db,
    faults,
    meter,
    siteDates: siteDatesFor(options.siteTimeZone),
    duplicateStatus: options.duplicateStatus ?? 409,
    authenticate: options.authenticate,
    activity,
  };
  const graph: Surface = { basePath: options.graphBasePath ?? GRAPH_BASE_PATH, dispatch, errorReply: graphErrorReply, cost: graphCost };
  const sharePoint: Surface = {
    basePath: SHAREPOINT_REST_BASE_PATH,
    dispatch: dispatchSharePoint,
    errorReply: (error) => spErrorReply(error, false),
    cost: restCost,
  };
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid');
    if (url.pathname === USAGE_PATH) {
      serveUsage(req, res, meter);
      return true;
    }
    if (url.pathname === ACTIVITY_FEED_PATH && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ value: activity.of(url.searchParams.get('user') ?? '') }));
      return true;
    }
    // SharePoint first: with Graph at the root, every path would otherwise look like Graph's.
    const surface = [sharePoint, graph].find((s) => startsWithPath(url.pathname, s.basePath));
    if (!surface) return false;
    void serveSurface(req, res, url, surface, services);
    return true;
  };
  return Object.assign(handle, { db: options.db, faults, usage: () => meter.usage(), resetUsage: () => meter.reset(), feedOf: (user: string) => activity.of(user) });
}

/** The meter's reading for benchmarks and tests; reading it costs nothing. */
function serveUsage(req: IncomingMessage, res: ServerResponse, meter: ResourceMeter): void {
  if (req.method === 'DELETE') meter.reset();
  else if (req.method !== 'GET') {
    res.writeHead(405, { 'Content-Type': 'application/json', Allow: 'GET, DELETE' });
    res.end(JSON.stringify({ error: { code: 'methodNotAllowed', message: `${USAGE_PATH} answers GET (read) and DELETE (reset).` } }));
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(meter.usage()));
}
