import { StorageError } from '../../errors';
import { errorFromAnswer } from '../error-mapping';
import type { GraphHttp, HttpMethod } from '../graph-http';
import { isRetryableStatus, retryDelay, type RetryClock, type RetryPolicy } from '../pipeline/backoff';

/** Graph accepts at most 20 requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  /** Unique within one `send`; answers are matched by it, never by position. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Under the Graph root: `/sites/{id}/lists/{id}/items?…`. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface BatchResponse<T = unknown> {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: T;
}

/** A header of an inner answer, whatever case Graph wrote its name in. */
export function batchHeader(response: BatchResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** An inner answer's body when it succeeded; its typed error (as for a direct call) when not. */
export function successBody<T>(response: BatchResponse | undefined, method: HttpMethod = 'GET'): T {
  if (!response) throw new StorageError(0, 'batchIncomplete', "Graph's $batch answer left out a request.");
  if (response.status < 200 || response.status > 299) {
    throw errorFromAnswer(method, response.status, response.body, batchHeader(response, 'Retry-After'));
  }
  return response.body as T;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Sends many requests as few round trips as Graph allows: envelopes of 20, all in parallel.
 * The outer answer is 200 even when inner requests are throttled, so the pipeline's retry never
 * sees those; they are re-queued here, after the longest Retry-After among them, and whatever is
 * still throttled after the last retry is returned as is for the caller to map.
 */
export class BatchSender {
  constructor(
    private readonly http: GraphHttp,
    private readonly policy: RetryPolicy,
    private readonly clock: RetryClock,
  ) {}

  async send(requests: readonly BatchRequest[]): Promise<Map<string, BatchResponse>> {
    const answers = new Map<string, BatchResponse>();
    let pending = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const round = (await Promise.all(chunk(pending, MAX_BATCH_SIZE).map((envelope) => this.sendEnvelope(envelope)))).flat();
      const again: BatchRequest[] = [];
      let wait = 0;
      for (const response of round) {
        const request = pending.find((r) => r.id === response.id);
        const delay = retryDelay(attempt, batchHeader(response, 'Retry-After'), this.policy, this.clock);
        if (request && isRetryableStatus(response.status) && attempt < this.policy.maxRetries && delay <= this.policy.maxDelayMs) {
          again.push(request);
          wait = Math.max(wait, delay);
        } else {
          answers.set(response.id, response);
        }
      }
      pending = again;
      if (pending.length > 0) await this.clock.sleep(wait);
    }
    return answers;
  }

  private async sendEnvelope(requests: readonly BatchRequest[]): Promise<BatchResponse[]> {
    const body = {
      requests: requests.map((r) => ({
        id: r.id,
        method: r.method,
        url: r.url,
        ...(r.body === undefined ? {} : { body: r.body }),
        headers: { ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...r.headers },
      })),
    };
    const answer = await this.http.send<{ responses?: BatchResponse[] }>({ method: 'POST', path: '/$batch', body });
    const responses = answer.body?.responses ?? [];
    const missing = requests.filter((r) => !responses.some((response) => response.id === r.id));
    if (missing.length > 0) {
      throw new StorageError(answer.status, 'batchIncomplete', `Graph's $batch answer left out ${missing.length} of ${requests.length} requests.`);
    }
    return responses;
  }
}
