import { ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../errors';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, retryDelay, systemClock, type RetryClock, type RetryPolicy } from '../graph/pipeline/backoff';

/**
 * One JSON request to SharePoint REST or Graph outside the Graph adapter (site set-up only):
 * the bearer token, a time limit, retries of throttled answers (and of lost answers when the
 * request is safe to repeat) and a typed error carrying what the person needs to see.
 */
export interface RestOptions {
  /** An access token for the service called; omit for the local stand-in. */
  readonly getToken?: () => Promise<string>;
  readonly fetchImpl?: typeof fetch;
  readonly retry?: Partial<RetryPolicy>;
  readonly clock?: RetryClock;
  /** Time limit of one attempt (default 30 s). */
  readonly timeoutMs?: number;
}

export interface RestRequest {
  readonly method: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Safe to send again when the answer was lost (reads, setting a value). */
  readonly idempotent?: boolean;
  /** What a refusal (403) means for this request, in the person's terms. */
  readonly forbidden?: string;
}

interface ErrorBody {
  readonly code?: string;
  readonly message?: string | { readonly value?: string };
}

/** The code and message of an error answer: Graph's `error`, SharePoint's verbose `error` or JSON light `odata.error`. */
export function errorDetail(status: number, body: unknown): { code: string; message: string } {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, ErrorBody | undefined>;
  const error = record.error ?? record['odata.error'];
  const message = typeof error?.message === 'string' ? error.message : error?.message?.value;
  return { code: error?.code ?? `http${status}`, message: message ?? `The service answered ${status}.` };
}

function failure(status: number, body: unknown, retryAfter: string | null, request: RestRequest, clock: RetryClock): Error {
  const { code, message } = errorDetail(status, body);
  if (status === 403) return new ForbiddenError(request.forbidden);
  if (status === 404) return new NotFoundError(message);
  if (isRetryableStatus(status)) return new ThrottledError(parseRetryAfter(retryAfter, clock.now()) ?? 0);
  if (status === 401) return new StorageError(401, code, `The sign-in was not accepted (${message}).`);
  return new StorageError(status, code, message);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Sends `request` to `url`, retrying as the policy allows; resolves with the parsed JSON body (undefined when empty). */
export async function restFetch(url: string, request: RestRequest, options: RestOptions = {}): Promise<unknown> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const clock = options.clock ?? systemClock;
  const fetchImpl = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  for (let attempt = 0; ; attempt++) {
    const token = options.getToken ? await options.getToken() : undefined;
    const headers: Record<string, string> = { ...request.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      // A lost answer may hide a change already made: only a request safe to repeat is sent again.
      if (!request.idempotent || attempt >= policy.maxRetries) throw new OfflineError(error);
      await clock.sleep(retryDelay(attempt, null, policy, clock));
      continue;
    }
    const body = await readBody(response);
    if (response.ok) return body;
    const retryAfter = response.headers.get('Retry-After');
    const wait = retryDelay(attempt, retryAfter, policy, clock);
    if (!isRetryableStatus(response.status) || attempt >= policy.maxRetries || wait > policy.maxDelayMs) {
      throw failure(response.status, body, retryAfter, request, clock);
    }
    await clock.sleep(wait);
  }
}
