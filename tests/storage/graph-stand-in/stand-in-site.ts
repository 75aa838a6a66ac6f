import { SAMPLE_CEM } from '../../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn, type StartStandInOptions } from '../../../src/server/stand-in';
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

/**
 * The stand-in on a free loopback port, empty, and stores over it through real HTTP. These
 * suites load whole plans many times a minute to test the adapter, not the budget: the
 * resource-unit meter counts but never refuses (tests/server/metering.test.ts tests it).
 */
export async function openStandInSite(options: Omit<StartStandInOptions, 'port' | 'dbPath' | 'content'> = {}): Promise<{
  standIn: RunningStandIn;
  storeFor: (options?: Partial<GraphStoreOptions>) => GraphStore;
}> {
  const standIn = await startStandIn({ resourceUnitsPerMinute: Number.POSITIVE_INFINITY, ...options, port: 0, dbPath: ':memory:' });
  // As the site's owner (the sample CEM) unless a test signs in as someone else.
  const owner = () => standIn.tokenFor(SAMPLE_CEM.email);
  const storeFor = (options: Partial<GraphStoreOptions> = {}) =>
    createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, retry: { baseDelayMs: 10 }, getToken: owner, ...options });
  return { standIn, storeFor };
}

export type StandInSite = Awaited<ReturnType<typeof openStandInSite>>;

export interface PlanSite extends StandInSite {
  /** A store as the sample CEM, who created the plan. */
  readonly store: GraphStore;
  readonly planId: string;
}

/** A provisioned stand-in site holding one new plan for the council. */
export async function openPlanSite(council: string, options: Parameters<typeof openStandInSite>[0] = {}): Promise<PlanSite> {
  const site = await openStandInSite(options);
  const store = site.storeFor();
  await store.provision();
  const planId = (await store.createPlan({ council, census: 'Census 2031' })).key;
  return { ...site, store, planId };
}
