import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LivePerson } from '../../storage/live-events';
import { ApiError } from '../http/api-error';
import type { RowPlanLookup } from '../rights/row-plans';
import type { LiveHub } from './live-hub';
import { PresenceError, readPresence } from './presence';
import { checkPresenceReferences } from './presence-references';
import { catchUpFrom, sinceFrom, streamPlanEvents } from './sse';

/** A presence message is a few ids: anything bigger is not one. */
const PRESENCE_BODY_LIMIT = 4096;

export interface LiveRouteContext {
  readonly hub: LiveHub;
  /** The signed-in caller, from their validated token. */
  readonly caller: LivePerson;
  /** The service's rights rule: may the caller read this plan? (Unknown plans: false.) */
  canRead(planId: string): Promise<boolean>;
  /** The plan of a row, remembered by the service once read (rights/row-plans.ts); undefined while there is none. */
  readonly planOfRow: RowPlanLookup;
  readonly now?: () => Date;
}

const EVENTS = /^\/api\/v1\/plans\/([^/]+)\/events$/;
const PRESENCE = /^\/api\/v1\/plans\/([^/]+)\/presence$/;

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

async function readJson(req: IncomingMessage): Promise<{ body?: unknown; error?: [number, string, string] }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > PRESENCE_BODY_LIMIT) return { error: [413, 'payloadTooLarge', `A presence message is at most ${PRESENCE_BODY_LIMIT} bytes.`] };
    chunks.push(chunk);
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') };
  } catch {
    return { error: [400, 'invalidRequest', 'The body is not valid JSON.'] };
  }
}

function planIdFrom(match: RegExpExecArray): string | undefined {
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * The live part of the plan service's API, after the caller is authenticated:
 * `GET /api/v1/plans/{planId}/events` (Server-Sent Events) and `POST /api/v1/plans/{planId}/presence`.
 * Both only for people who may read the plan: anyone else gets 404, as for the plan itself.
 * Returns false when the request is for another route.
 */
export async function handleLiveRoute(req: IncomingMessage, res: ServerResponse, url: URL, context: LiveRouteContext): Promise<boolean> {
  const events = EVENTS.exec(url.pathname);
  const presence = events ? null : PRESENCE.exec(url.pathname);
  const match = events ?? presence;
  if (!match) return false;
  const planId = planIdFrom(match);
  if (planId === undefined) {
    fail(res, 400, 'invalidRequest', 'The plan id in the address is not valid URL encoding.');
    return true;
  }
  const method = req.method ?? 'GET';
  if ((events && method !== 'GET') || (presence && method !== 'POST')) {
    res.setHeader('Allow', events ? 'GET' : 'POST');
    fail(res, 405, 'methodNotAllowed', `${url.pathname} accepts ${events ? 'GET' : 'POST'} only.`);
    return true;
  }
  if (!(await context.canRead(planId))) {
    fail(res, 404, 'itemNotFound', 'There is no plan with that id that you may read.');
    return true;
  }
  if (events) {
    await streamPlanEvents(req, res, context.hub, planId, catchUpFrom(req, url), sinceFrom(url), () => context.canRead(planId));
    return true;
  }
  const { body, error } = await readJson(req);
  if (error) {
    fail(res, ...error);
    return true;
  }
  try {
    const message = readPresence(body, context.caller, context.now?.() ?? new Date());
    await checkPresenceReferences(context.planOfRow, planId, message);
    await context.hub.publishPresence(planId, message.presence);
    if (message.meeting) await context.hub.publishMeeting(planId, message.meeting);
  } catch (problem) {
    if (problem instanceof PresenceError) fail(res, 400, 'invalidRequest', problem.message);
    else if (problem instanceof ApiError && problem.status === 400) fail(res, 400, problem.code, problem.message);
    else fail(res, 503, 'serviceUnavailable', 'Presence could not be passed on just now; try again.');
    return true;
  }
  res.writeHead(204);
  res.end();
  return true;
}
