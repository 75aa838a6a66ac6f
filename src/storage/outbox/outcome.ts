import { ValidationError, type AnyRow } from '../../plan';
import { ConflictError, ForbiddenError, NotFoundError, StorageError, ThrottledError, isTransient, problemOf } from '../errors';
import { alreadyHolds, conflictFor, mergesCleanly } from './field-diff';
import type { Problem } from '../errors';
import type { ChangeFailure, ChangeOperation, ConflictInfo } from './queued-change';

/** How long the outbox waits between tries of one change. */
export interface OutboxRetryPolicy {
  /** The first back-off ceiling; it doubles with every try. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Tries before an unexpected server error (5xx other than throttling) fails the change.
   * Throttling and lost connections are retried for as long as the app is open.
   */
  readonly maxServerErrorAttempts: number;
}

export const DEFAULT_OUTBOX_RETRY: OutboxRetryPolicy = { baseDelayMs: 2000, maxDelayMs: 60_000, maxServerErrorAttempts: 5 };

/** What a failed send means for the change. */
export type SendOutcome =
  | { readonly kind: 'retry'; readonly delayMs: number; readonly problem: Problem; readonly serverAskedMs: number }
  | { readonly kind: 'conflict'; readonly conflict: ConflictInfo }
  /** Someone else changed other fields only: send the same change again on their version. */
  | { readonly kind: 'rebase'; readonly etag: string }
  /** Storage already holds what the change asked for (the row as it is; none for a delete). */
  | { readonly kind: 'alreadySaved'; readonly row: AnyRow | undefined }
  | { readonly kind: 'failed'; readonly failure: ChangeFailure };

/**
 * Exponential back-off with full jitter, on top of any Retry-After the server sent, so queues on
 * many devices throttled together do not come back together. `attempt` counts from 1.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number, policy: OutboxRetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(0, retryAfterMs) + Math.floor(random() * ceiling);
}

function failed(kind: ChangeFailure['kind'], error: unknown): SendOutcome {
  return { kind: 'failed', failure: { kind, problem: problemOf(error) } };
}

/** Sorts an error from storage into retry later, conflict, or give up — and says why. */
export function outcomeOf(
  error: unknown,
  operation: ChangeOperation,
  attempt: number,
  policy: OutboxRetryPolicy,
  random: () => number,
): SendOutcome {
  if (isTransient(error)) {
    const serverAskedMs = error instanceof ThrottledError ? error.retryAfterMs : 0;
    return { kind: 'retry', delayMs: retryDelayMs(attempt, serverAskedMs, policy, random), problem: problemOf(error), serverAskedMs };
  }
  if (error instanceof ConflictError) {
    const conflict = conflictFor(operation, error.current);
    if (alreadyHolds(operation, conflict)) return { kind: 'alreadySaved', row: conflict.theirs ?? undefined };
    if (mergesCleanly(operation, conflict) && conflict.theirs) return { kind: 'rebase', etag: conflict.theirs.etag };
    return { kind: 'conflict', conflict };
  }
  if (error instanceof ForbiddenError) return failed('forbidden', error);
  if (error instanceof ValidationError) return failed('invalid', error);
  if (error instanceof NotFoundError) {
    if (operation.kind === 'delete') return { kind: 'alreadySaved', row: undefined };
    return failed('notFound', error);
  }
  if (error instanceof StorageError && error.status >= 500 && attempt < policy.maxServerErrorAttempts) {
    return { kind: 'retry', delayMs: retryDelayMs(attempt, 0, policy, random), problem: problemOf(error), serverAskedMs: 0 };
  }
  return failed('refused', error);
}
