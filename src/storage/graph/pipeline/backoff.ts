/**
 * When to try a throttled or failed Graph call again. Pure: the clock and the dice are passed in,
 * so the middleware and the `$batch` re-queue share one policy and tests can pin both.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** The first back-off ceiling; each retry doubles it. */
  readonly baseDelayMs: number;
  /** No wait is longer: a longer Retry-After ends the retries and surfaces ThrottledError. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** Throttled (429), unavailable (503) or gateway timeout (504): the only answers worth repeating. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Retry-After in milliseconds, from delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date names its day and month ("Thu, 20 Mar 2031 12:00:05 GMT"); Date.parse alone would take "-3" as a year.
  const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Exponential back-off with full jitter: a uniform wait in [0, min(max, base × 2^attempt)), so
 * clients throttled together do not come back together. `attempt` counts from 0.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** The wait before retrying: what the server asked for, else back-off. */
export function retryDelay(
  attempt: number,
  retryAfter: string | null | undefined,
  policy: RetryPolicy,
  clock: RetryClock,
): number {
  return parseRetryAfter(retryAfter, clock.now()) ?? backoffDelay(attempt, policy, clock.random);
}

/** Time and randomness for retries; real ones in the app, fixed ones in tests. */
export interface RetryClock {
  now(): number;
  random(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: RetryClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
