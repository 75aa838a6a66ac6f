import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROUTES } from './api/routes';
import { toApiError } from './api/errors';
import { ApiError } from './http/api-error';
import { sendError, sendJson } from './http/json';
import type { TokenVerifier } from './identity/token-verifier';
import type { PlanService } from './plan-service';

export const API_BASE_PATH = '/api/v1';

export interface PlanServiceHandlerOptions {
  readonly service: PlanService;
  readonly verify: TokenVerifier;
}

/** A node:http listener for /api/v1/…; says whether the path was its own. */
export type PlanServiceHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError(400, 'badUrl', 'The address has a malformed %-escape.');
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, url: URL, options: PlanServiceHandlerOptions): Promise<void> {
  const path = url.pathname.slice(API_BASE_PATH.length) || '/';
  const method = (req.method ?? 'GET').toUpperCase();
  // Who is asking comes first: without a valid token nothing, not even which paths exist, is told.
  const principal = await options.verify(req.headers.authorization);
  const matches = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).filter((x) => x.m);
  const route = matches.find((x) => x.r.method === method);
  if (!route) {
    throw matches.length > 0 ? new ApiError(405, 'methodNotAllowed', `${method} is not allowed here.`) : new ApiError(404, 'notFound', 'There is no such address in the plan service.');
  }
  const params = route.m!.slice(1).map(decoded);
  const result = await route.r.run({ req, url, params, principal, service: options.service });
  sendJson(res, result.status, result.body, result.headers);
}

/** The plan service's HTTP edge: token first, then the route; every failure a JSON error, none fatal. */
export function createPlanServiceHandler(options: PlanServiceHandlerOptions): PlanServiceHandler {
  return (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://service.invalid');
    } catch {
      return false;
    }
    if (url.pathname !== API_BASE_PATH && !url.pathname.startsWith(`${API_BASE_PATH}/`)) return false;
    answer(req, res, url, options).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, toApiError(error));
    });
    return true;
  };
}
