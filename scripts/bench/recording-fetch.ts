/** One request as the client saw it: when it left, when its whole answer had arrived, and its size. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly startMs: number;
  readonly endMs: number;
  /** Bytes of the response body (the stand-in does not compress, so these are the bytes on the wire). */
  readonly responseBytes: number;
}

export interface RecordingFetch {
  readonly fetchImpl: typeof fetch;
  /** Every request since the last `clear`, in the order their answers arrived. */
  readonly requests: RecordedRequest[];
  clear(): void;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch that records each request's timing and answer size, so round trips and bytes are
 * counted from what really happened rather than assumed. The body is read in full before the
 * caller gets the response (rebuilt from the bytes), so `endMs` is when the data was there.
 */
export function recordingFetch(inner: typeof fetch = fetch): RecordingFetch {
  const requests: RecordedRequest[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const startMs = performance.now();
    const response = await inner(input, init);
    const body = new Uint8Array(await response.arrayBuffer());
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ method: init?.method ?? 'GET', url, startMs, endMs: performance.now(), responseBytes: body.byteLength });
    return new Response(NO_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetchImpl, requests, clear: () => void requests.splice(0) };
}

/**
 * The number of sequential round trips: the longest chain of requests each of which started
 * only after the one before it had finished. Requests in flight together count once.
 */
export function sequentialRoundTrips(requests: readonly RecordedRequest[]): number {
  const byEnd = [...requests].sort((a, b) => a.endMs - b.endMs);
  const depth: number[] = [];
  let longest = 0;
  byEnd.forEach((request, i) => {
    let before = 0;
    for (let j = 0; j < i; j += 1) if (byEnd[j]!.endMs <= request.startMs) before = Math.max(before, depth[j]!);
    depth[i] = before + 1;
    longest = Math.max(longest, depth[i]);
  });
  return longest;
}

/** All response bytes of the requests. */
export function responseBytes(requests: readonly RecordedRequest[]): number {
  return requests.reduce((sum, r) => sum + r.responseBytes, 0);
}

/**
 * A fetch as far from its server as SharePoint is from the benchmark's clients: `latencyMs`
 * before each request, as the stand-in adds to each of its own. The browser's way to the plan
 * service goes over it, so the service's path pays the browser's distance as well as its own.
 */
export function distantFetch(latencyMs: number, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return inner(input, init);
  };
}
