import { ForbiddenError, NotFoundError, StorageError, ThrottledError } from '../errors';
import { isRetryableStatus, parseRetryAfter } from './pipeline/backoff';
import type { GraphErrorBody } from './graph-types';

/** Graph's own code and message from an error body, with fallbacks for bodies that are not JSON. */
export function graphErrorDetail(status: number, body: unknown): { code: string; message: string } {
  const error = (body as GraphErrorBody | undefined)?.error;
  return {
    code: error?.code ?? `http${status}`,
    message: error?.message ?? (typeof body === 'string' && body.trim() ? body.trim() : `SharePoint answered ${status}.`),
  };
}

/**
 * The typed error for an answer that was not a success (after any retries): 403 → Forbidden
 * (never retried), 404 → NotFound, 429/503/504 → Throttled, anything else → StorageError with
 * Graph's code and message.
 */
export function errorFromAnswer(
  method: string,
  status: number,
  body: unknown,
  retryAfter: string | null | undefined,
  nowMs: number = Date.now(),
): Error {
  const { code, message } = graphErrorDetail(status, body);
  if (status === 403) {
    return method === 'GET' ? new ForbiddenError("You don't have access to this plan's SharePoint site.") : new ForbiddenError();
  }
  if (status === 404) return new NotFoundError(message);
  if (isRetryableStatus(status)) return new ThrottledError(parseRetryAfter(retryAfter, nowMs) ?? 0);
  return new StorageError(status, code, message);
}
