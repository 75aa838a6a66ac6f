import type { Plan } from '../../src/plan';
import type { BenchSite } from './bench-site';
import { benchPlanId } from './fictional-plan';
import { naiveLoadPlan } from './naive-loader';
import { distantFetch, recordingFetch, responseBytes, sequentialRoundTrips } from './recording-fetch';
import { median } from './statistics';

export interface OpenPlanResult {
  readonly rows: number;
  /** Median wall time from a new client to the whole plan in memory. */
  readonly oursMs: number;
  readonly naiveMs: number;
  /** Naive time over ours. */
  readonly ratio: number;
  /** Sequential round trips of our loader (the most seen in any run). */
  readonly roundTrips: number;
  readonly naiveRoundTrips: number;
  readonly oursRequests: number;
  readonly naiveRequests: number;
  readonly oursBytes: number;
  readonly naiveBytes: number;
  /** Median time our client spent after the last byte arrived: parsing and mapping the rows. */
  readonly oursClientMs: number;
  /**
   * The browser's path today: the plan service's client asking the service, which reads
   * SharePoint with the loader above. Its round trips are the browser's; its time includes the
   * browser's own distance to the service and the service's reads.
   */
  readonly service: { readonly ms: number; readonly roundTrips: number; readonly bytes: number; readonly ratio: number };
}

const rowCount = (plan: Plan) => 1 + Object.values(plan.sections).reduce((sum, rows) => sum + rows.length, 0);

function checkRows(loader: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`The ${loader} loader read ${got} rows where the plan has ${expected}.`);
}

/**
 * Opens each plan with our loader (`GraphStore.loadPlan` on a new client), through the plan
 * service as the browser does, and with the naive one, in turn, `runs` times each, timing to
 * data ready and counting round trips from the wire.
 */
export async function benchOpenPlan(site: BenchSite, rowCounts: readonly number[], runs: number): Promise<OpenPlanResult[]> {
  // One unmeasured open by each loader first, so neither pays for compiling the client code.
  const smallest = benchPlanId(Math.min(...rowCounts));
  await site.storeFor().loadPlan(smallest);
  await site.serviceStoreFor().loadPlan(smallest);
  await naiveLoadPlan(site.authorised(fetch), site.graphBaseUrl, site.siteId, smallest);
  const results: OpenPlanResult[] = [];
  for (const rows of rowCounts) {
    const planId = benchPlanId(rows);
    const ours = { times: [] as number[], trips: 0, requests: 0, bytes: 0, client: [] as number[] };
    const naive = { times: [] as number[], trips: 0, requests: 0, bytes: 0 };
    const service = { times: [] as number[], trips: 0, bytes: 0 };
    for (let run = 0; run < runs; run += 1) {
      const oursWire = recordingFetch();
      const store = site.storeFor({ fetchImpl: oursWire.fetchImpl });
      let start = performance.now();
      checkRows('benchmarked', rowCount(await store.loadPlan(planId)), rows + 1);
      const loaded = performance.now();
      ours.times.push(loaded - start);
      ours.client.push(loaded - Math.max(...oursWire.requests.map((r) => r.endMs)));
      ours.trips = Math.max(ours.trips, sequentialRoundTrips(oursWire.requests));
      ours.requests = oursWire.requests.length;
      ours.bytes = responseBytes(oursWire.requests);

      const serviceWire = recordingFetch(distantFetch(site.latencyMs));
      start = performance.now();
      checkRows('plan service', rowCount(await site.serviceStoreFor({ fetchImpl: serviceWire.fetchImpl }).loadPlan(planId)), rows + 1);
      service.times.push(performance.now() - start);
      service.trips = Math.max(service.trips, sequentialRoundTrips(serviceWire.requests));
      service.bytes = responseBytes(serviceWire.requests);

      const naiveWire = recordingFetch();
      start = performance.now();
      const naiveRows = await naiveLoadPlan(site.authorised(naiveWire.fetchImpl), site.graphBaseUrl, site.siteId, planId);
      naive.times.push(performance.now() - start);
      checkRows('naive', naiveRows.length, rows + 1);
      naive.trips = Math.max(naive.trips, sequentialRoundTrips(naiveWire.requests));
      naive.requests = naiveWire.requests.length;
      naive.bytes = responseBytes(naiveWire.requests);
    }
    const oursMs = median(ours.times);
    const naiveMs = median(naive.times);
    results.push({
      rows,
      oursMs,
      naiveMs,
      ratio: naiveMs / oursMs,
      roundTrips: ours.trips,
      naiveRoundTrips: naive.trips,
      oursRequests: ours.requests,
      naiveRequests: naive.requests,
      oursBytes: ours.bytes,
      naiveBytes: naive.bytes,
      oursClientMs: median(ours.client),
      service: { ms: median(service.times), roundTrips: service.trips, bytes: service.bytes, ratio: naiveMs / median(service.times) },
    });
  }
  return results;
}
