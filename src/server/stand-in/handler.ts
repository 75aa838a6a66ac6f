import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInDb } from './db/database';
import { FaultController } from './faults';
import type { StandInServices } from './http/context';
import { serveSurface, type Surface } from './http/node-handler';
import { graphErrorReply } from './http/reply';
import { dispatch } from './router';
import { dispatchSharePoint } from './sharepoint-rest/sp-router';
import { spErrorReply } from './sharepoint-rest/sp-reply';
import { GRAPH_BASE_PATH, SHAREPOINT_REST_BASE_PATH } from './site';

export interface StandInHandlerOptions {
  readonly db: StandInDb;
  readonly faults?: FaultController;
  /** Where Graph v1.0 is answered; '' serves it at the root. Default '/graph/v1.0'. */
  readonly graphBasePath?: string;
}

/** A node:http request listener that answers only the stand-in's paths and says whether it did. */
export interface StandInHandler {
  (req: IncomingMessage, res: ServerResponse): boolean;
  readonly db: StandInDb;
  readonly faults: FaultController;
}

const startsWithPath = (pathname: string, base: string) => base === '' || pathname === base || pathname.startsWith(`${base}/`);

/**
 * The local SharePoint stand-in as a request listener (development and tests only): Graph v1.0
 * under `graphBasePath`, SharePoint REST under `/sharepoint`. The dev server mounts it beside
 * the app; `startStandIn` runs it on its own port.
 */
export function createStandInHandler(options: StandInHandlerOptions): StandInHandler {
  const faults = options.faults ?? new FaultController();
  const services: StandInServices = { db: options.db, faults };
  const graph: Surface = { basePath: options.graphBasePath ?? GRAPH_BASE_PATH, dispatch, errorReply: graphErrorReply };
  const sharePoint: Surface = {
    basePath: SHAREPOINT_REST_BASE_PATH,
    dispatch: dispatchSharePoint,
    errorReply: (error) => spErrorReply(error, false),
  };
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid');
    // SharePoint first: with Graph at the root, every path would otherwise look like Graph's.
    const surface = [sharePoint, graph].find((s) => startsWithPath(url.pathname, s.basePath));
    if (!surface) return false;
    void serveSurface(req, res, url, surface, services);
    return true;
  };
  return Object.assign(handle, { db: options.db, faults });
}
