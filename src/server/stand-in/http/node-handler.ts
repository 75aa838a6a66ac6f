import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { StandInServices, StandInRequest } from './context';
import { GRAPH_JSON, GraphHttpError, type Reply } from './reply';
import { parseJsonBody, readBody } from './read-body';
import { appIdOf } from '../metering';

/** Enough for a Word export through the simple-upload path, with room for the JSON around it. */
const BODY_LIMIT_BYTES = 26 * 1024 * 1024;

/** One surface of the stand-in (Graph, SharePoint REST): how it answers and how it shapes errors. */
export interface Surface {
  readonly basePath: string;
  readonly dispatch: (req: StandInRequest, services: StandInServices) => Reply;
  readonly errorReply: (error: GraphHttpError, requestId: string) => Reply;
  /** Resource units the request costs; 0 for `$batch`, whose requests are counted one by one. */
  readonly cost: (method: string, path: string, query: URLSearchParams) => number;
}

function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}

function send(res: ServerResponse, reply: Reply): void {
  const isBytes = Buffer.isBuffer(reply.body);
  const payload = reply.body === undefined ? undefined : isBytes ? (reply.body as Buffer) : Buffer.from(JSON.stringify(reply.body));
  // CORS is the edge's (src/server/http-edge): only the app's own origin, never '*'.
  res.writeHead(reply.status, {
    ...(payload && !isBytes ? { 'Content-Type': GRAPH_JSON } : {}),
    ...(payload ? { 'Content-Length': String(payload.length) } : {}),
    ...reply.headers,
  });
  res.end(payload);
}

/**
 * Serves one surface over node:http with the fault layer in front: latency, then maybe a dropped
 * connection (before the write), maybe throttling, the request itself, then maybe a dropped
 * connection after the write was committed.
 */
export async function serveSurface(req: IncomingMessage, res: ServerResponse, url: URL, surface: Surface, services: StandInServices): Promise<void> {
  if (req.method === 'OPTIONS') {
    send(res, { status: 204 });
    return;
  }
  const requestId = randomUUID();
  try {
    const rawBody = await readBody(req, BODY_LIMIT_BYTES);
    const { latencyMs } = services.faults.settings;
    if (latencyMs > 0) await delay(latencyMs);
    const drop = services.faults.drop();
    if (drop === 'beforeWrite') {
      req.socket.destroy();
      return;
    }
    const headers = headerMap(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(surface.basePath.length) || '/';
    const appId = appIdOf(headers.authorization);
    // Graph meters and throttles each request of a $batch on its own (see resources/batch.ts), not the batch.
    const isBatch = path === '/$batch';
    const metered = isBatch ? { headers: {} } : services.meter.charge(appId, surface.cost(method, path, url.searchParams));
    const throttled = isBatch ? undefined : (metered.refusal ?? services.faults.throttle());
    if (throttled) {
      send(res, surface.errorReply(throttled, requestId));
      return;
    }
    const caller = await services.authenticate(headers.authorization);
    const origin = `${headers['x-forwarded-proto'] ?? 'http'}://${headers.host ?? 'localhost'}`;
    const reply = surface.dispatch(
      {
        method,
        path,
        query: url.searchParams,
        headers,
        body: parseJsonBody(rawBody, headers['content-type']),
        rawBody,
        caller,
        origin,
        graphBaseUrl: `${origin}${surface.basePath}`,
        siteDates: services.siteDates,
      },
      services,
    );
    if (drop === 'afterWrite') {
      req.socket.destroy();
      return;
    }
    const rateHeaders = isBatch ? services.meter.rateHeaders(appId) : metered.headers;
    send(res, { ...reply, headers: { ...rateHeaders, ...reply.headers } });
  } catch (error) {
    if (res.headersSent || req.socket.destroyed) return;
    const graphError = error instanceof GraphHttpError ? error : new GraphHttpError(500, 'generalException', 'The local stand-in failed to read the request.');
    send(res, surface.errorReply(graphError, requestId));
  }
}
