import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../../src/storage/graph/pipeline/backoff';

const policy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 8000 };
const now = Date.parse('2031-03-20T12:00:00Z');

describe('Retry-After', () => {
  it('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Thu, 20 Mar 2031 12:00:30 GMT', now)).toBe(30_000);
  });

  it('treats an HTTP date already past as no wait', () => {
    expect(parseRetryAfter('Thu, 20 Mar 2031 11:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

describe('back-off with full jitter', () => {
  it('waits anywhere from nothing up to the doubling ceiling', () => {
    for (const attempt of [0, 1, 2]) {
      const ceiling = 1000 * 2 ** attempt;
      expect(backoffDelay(attempt, policy, () => 0)).toBe(0);
      expect(backoffDelay(attempt, policy, () => 0.999999)).toBe(ceiling - 1);
      expect(backoffDelay(attempt, policy, () => 0.5)).toBe(ceiling / 2);
    }
  });

  it('never lets the ceiling pass the policy maximum', () => {
    expect(backoffDelay(10, policy, () => 0.999999)).toBeLessThan(policy.maxDelayMs);
    expect(backoffDelay(10, policy, () => 0.5)).toBe(policy.maxDelayMs / 2);
  });

  it('spreads clients throttled together', () => {
    const waits = new Set(Array.from({ length: 50 }, () => backoffDelay(2, policy, Math.random)));
    expect(waits.size).toBeGreaterThan(10);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(0);
    for (const wait of waits) expect(wait).toBeLessThan(4000);
  });
});

describe('which answers are retried', () => {
  it('retries throttling, unavailability and gateway timeouts only', () => {
    expect([429, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 412, 500, 502].some(isRetryableStatus)).toBe(false);
  });
});
