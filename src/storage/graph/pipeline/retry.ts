import type { Context } from '@microsoft/microsoft-graph-client';
import { OfflineError } from '../../errors';
import { backoffDelay, isRetryableStatus, retryDelay, type RetryClock, type RetryPolicy } from './backoff';
import { Step } from './step';

const NETWORK_FAILURES = new Set(['TypeError', 'TimeoutError', 'AbortError']);

/**
 * fetch rejects with a TypeError when the network fails, and a timeout aborts with TimeoutError.
 * Judged by name, not instanceof: Node's fetch throws errors from another realm than a test VM's.
 */
function isNetworkFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && NETWORK_FAILURES.has(String((error as { name?: unknown }).name));
}

/**
 * Repeats a request that was throttled (429), unavailable (503), timed out at the gateway (504)
 * or lost on the network. Honours Retry-After; otherwise waits with exponential back-off and full
 * jitter. Other answers — 403 above all — pass straight through: repeating them cannot help.
 * A Retry-After longer than the policy allows is left for the caller (ThrottledError), and a
 * network failure that outlasts the retries becomes an OfflineError.
 */
export class ThrottleRetry extends Step {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly clock: RetryClock,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const wait = await this.attempt(context, attempt);
      if (wait === undefined) return;
      await this.clock.sleep(wait);
    }
  }

  /** Sends once; returns how long to wait before the next try, or undefined when done. */
  private async attempt(context: Context, attempt: number): Promise<number | undefined> {
    const lastChance = attempt >= this.policy.maxRetries;
    try {
      await this.forward(context);
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      if (lastChance) throw new OfflineError(error);
      return backoffDelay(attempt, this.policy, this.clock.random);
    }
    const response = context.response;
    if (!response || !isRetryableStatus(response.status) || lastChance) return undefined;
    const wait = retryDelay(attempt, response.headers.get('Retry-After'), this.policy, this.clock);
    if (wait > this.policy.maxDelayMs) return undefined;
    // Free the connection: the throttled answer's body is never read.
    await response.body?.cancel().catch(() => undefined);
    return wait;
  }
}
