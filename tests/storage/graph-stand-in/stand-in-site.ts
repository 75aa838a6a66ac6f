import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { createGraphStore, type GraphStore, type GraphStoreOptions } from '../../../src/storage/graph';

/** A fetch that remembers each request's method and path before passing it on. */
export function recordingFetch(inner: typeof fetch = fetch) {
  const sent: { method: string; path: string }[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname });
    return inner(input, init);
  }) as typeof fetch;
  return { fetchImpl, sent };
}

/** The stand-in on a free loopback port, empty, and stores over it through real HTTP. */
export async function openStandInSite(): Promise<{
  standIn: RunningStandIn;
  storeFor: (options?: Partial<GraphStoreOptions>) => GraphStore;
}> {
  const standIn = await startStandIn({ port: 0, dbPath: ':memory:', seed: false });
  const storeFor = (options: Partial<GraphStoreOptions> = {}) =>
    createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, retry: { baseDelayMs: 10 }, ...options });
  return { standIn, storeFor };
}
