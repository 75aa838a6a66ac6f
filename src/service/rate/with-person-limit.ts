import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../http/api-error';
import { sendError } from '../http/json';
import type { TokenVerifier } from '../identity/token-verifier';
import type { PersonLimiter } from './person-limit';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

const API_PATH = /^\/api\/v1(\/|$|\?)/;

/**
 * The service's handler behind a per-person limit: a request with a valid token takes one from
 * its person's bucket first, and past the limit is answered 429 with `Retry-After` and the
 * `RateLimit-*` headers SharePoint itself sends, before anything reaches SharePoint. A request
 * without a valid token goes on to be refused by the handler (401), costing SharePoint nothing.
 */
export function withPersonLimit(api: Handler, options: { readonly verify: TokenVerifier; readonly limiter: PersonLimiter }): Handler {
  const { verify, limiter } = options;
  return (req, res) => {
    if (!API_PATH.test(req.url ?? '')) return api(req, res);
    verify(req.headers.authorization).then(
      (principal) => {
        const admission = limiter.take(`${principal.tenantId}/${principal.objectId}`);
        const limit = String(limiter.limit.perMinute);
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
