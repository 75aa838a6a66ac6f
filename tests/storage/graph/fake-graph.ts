import { GraphHttp } from '../../../src/storage/graph/graph-http';
import { DEFAULT_RETRY_POLICY, type RetryClock, type RetryPolicy } from '../../../src/storage/graph/pipeline/backoff';
import { createGraphClient } from '../../../src/storage/graph/pipeline';

/** One request as the fake network saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
}

export type FakeAnswer = Response | Error;

export const BASE_URL = 'https://graph.test/v1.0';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message } }, status, headers);
}

/** A fetch that answers from a script and remembers every request. */
export function fakeFetch(answer: (request: SeenRequest, index: number) => FakeAnswer | Promise<FakeAnswer>) {
  const requests: SeenRequest[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body: text ? (JSON.parse(text) as unknown) : init?.body,
    };
    requests.push(request);
    const result = await answer(request, requests.length - 1);
    if (result instanceof Error) throw result;
    return result;
  }) as typeof fetch;
  return { fetchImpl, requests };
}

/** A clock that never waits: it records the waits asked for and rolls fixed dice. */
export function fakeClock(random = 0.5, now = Date.parse('2031-03-20T12:00:00Z')): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, now: () => now, random: () => random, sleep: async (ms) => void waits.push(ms) };
}

/** The adapter's own client and HTTP layer over a fake network. */
export function fakeHttp(
  fetchImpl: typeof fetch,
  options: { clock?: RetryClock; retry?: Partial<RetryPolicy>; getToken?: () => Promise<string>; maxConcurrency?: number } = {},
): GraphHttp {
  const client = createGraphClient({
    baseUrl: BASE_URL,
    getToken: options.getToken,
    fetchImpl,
    maxConcurrency: options.maxConcurrency ?? 4,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    clock: options.clock ?? fakeClock(),
    timeoutMs: 5_000,
  });
  return new GraphHttp(client);
}
