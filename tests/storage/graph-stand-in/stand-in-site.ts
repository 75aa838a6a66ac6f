import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { createGraphStore, type GraphStore, type GraphStoreOptions } from '../../../src/storage/graph';

/**
 * A fetch that remembers each request's method and path, and how many were on the wire at once
 * (two `$batch` envelopes sent together overlap; two rounds one after the other do not).
 */
export function recordingFetch(inner: typeof fetch = fetch) {
  const sent: { method: string; path: string }[] = [];
  const wire = { inFlight: 0, peak: 0 };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname });
    wire.peak = Math.max(wire.peak, ++wire.inFlight);
    try {
      return await inner(input, init);
    } finally {
      wire.inFlight--;
    }
  }) as typeof fetch;
  return { fetchImpl, sent, wire };
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

export type StandInSite = Awaited<ReturnType<typeof openStandInSite>>;

export interface PlanSite extends StandInSite {
  /** A store as the sample CEM, who created the plan. */
  readonly store: GraphStore;
  readonly planId: string;
}

/** A provisioned stand-in site holding one new plan for the council. */
export async function openPlanSite(council: string): Promise<PlanSite> {
  const site = await openStandInSite();
  const store = site.storeFor();
  await store.provision();
  const planId = (await store.createPlan({ council, census: 'Census 2031' })).key;
  return { ...site, store, planId };
}
