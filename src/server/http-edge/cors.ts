import type { IncomingMessage, ServerResponse } from 'node:http';
import { EdgeError } from './edge-error';

const ALLOW_HEADERS = 'Authorization, Content-Type, If-Match, Prefer, Last-Event-ID, Accept, client-request-id, X-HTTP-Method';
const ALLOW_METHODS = 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS';
const EXPOSE_HEADERS = 'Retry-After, Location, ETag, request-id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin a request was sent to, as a browser would write it for a same-origin page. */
function ownOrigins(req: IncomingMessage): string[] {
  const host = req.headers.host ?? '';
  return [`http://${host}`, `https://${host}`].map((o) => o.toLowerCase());
}

/**
 * Cross-origin use is limited to the app's own origin (and any the configuration adds): the
 * answer names that origin, never `*`. A preflight from anywhere else is refused, and so is a
 * state-changing request a foreign page sends without one (a form post), so no other site can
 * act with a signed-in person's cookies or reach the local stand-in from a browser.
 *
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin?.toLowerCase();
  const allowed = origin !== undefined && (allowedOrigins.has(origin) || ownOrigins(req).includes(origin));
  res.setHeader('Vary', 'Origin');
  if (origin !== undefined && !allowed) {
    if (req.method === 'OPTIONS' || !SAFE_METHODS.has(req.method ?? 'GET')) {
      throw new EdgeError(403, 'originNotAllowed', 'Requests from this origin are not allowed.');
    }
    return false;
  }
  if (!allowed) return false;
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin!);
  res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return true;
  }
  return false;
}
