import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../http/api-error';
import { sendError } from '../http/json';
import type { TokenVerifier } from '../identity/token-verifier';
import type { PersonLimiter } from './person-limit';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

const API_PATH = /^\/api\/v1(\/|$|\?)/;
const EVENTS_PATH = /^\/api\/v1\/plans\/[^/?]+\/events(\?|$)/;

/**
 * Event streams one person may hold open at once: each frame of each plan they have open holds
 * one (tab, side panel, stage, personal tab), far fewer than this; past it a script is holding
 * sockets and memory the service needs for everyone else.
 */
export const MAX_STREAMS_PER_PERSON = 30;

/**
 * The service's handler behind a per-person limit: a request with a valid token takes one from
 * its person's bucket first, and past the limit is answered 429 with `Retry-After` and the
 * `RateLimit-*` headers SharePoint itself sends, before anything reaches SharePoint. A request
 * without a valid token goes on to be refused by the handler (401), costing SharePoint nothing.
 */
export function withPersonLimit(api: Handler, options: { readonly verify: TokenVerifier; readonly limiter: PersonLimiter; readonly maxStreams?: number }): Handler {
  const { verify, limiter } = options;
  const maxStreams = options.maxStreams ?? MAX_STREAMS_PER_PERSON;
  const streams = new Map<string, number>();
  /** Counts an event stream while it is open; false when the person already holds as many as allowed. */
  const holdStream = (person: string, res: ServerResponse): boolean => {
    const open = streams.get(person) ?? 0;
    if (open >= maxStreams) return false;
    streams.set(person, open + 1);
    res.once('close', () => {
      const left = (streams.get(person) ?? 1) - 1;
      if (left > 0) streams.set(person, left);
      else streams.delete(person);
    });
    return true;
  };
  return (req, res) => {
    if (!API_PATH.test(req.url ?? '')) return api(req, res);
    verify(req.headers.authorization).then(
      (principal) => {
        const person = `${principal.tenantId}/${principal.objectId}`;
        const admission = limiter.take(person);
        const limit = String(limiter.limit.perMinute);
        if (admission.ok && EVENTS_PATH.test(req.url ?? '') && !holdStream(person, res)) {
          res.setHeader('Retry-After', '60');
          sendError(res, new ApiError(429, 'tooManyStreams', `You have ${maxStreams} live updates open already; close some tabs or windows of the app and try again.`, { retryAfterMs: 60_000 }));
          return;
        }
        if (admission.ok) {
          res.setHeader('RateLimit-Limit', limit);
          res.setHeader('RateLimit-Remaining', String(admission.remaining));
          api(req, res);
          return;
        }
        res.setHeader('Retry-After', String(admission.retryAfterSec));
        res.setHeader('RateLimit-Limit', limit);
        res.setHeader('RateLimit-Remaining', '0');
        res.setHeader('RateLimit-Reset', String(admission.retryAfterSec));
        sendError(
          res,
          new ApiError(429, 'tooManyRequests', `You have sent more than ${limit} requests a minute; try again in ${admission.retryAfterSec} s. Nothing was saved by this request.`, {
            retryAfterMs: admission.retryAfterSec * 1000,
          }),
        );
        req.resume();
      },
      () => api(req, res),
    );
    return true;
  };
}
