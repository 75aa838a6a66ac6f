import 'fake-indexeddb/auto';
import { applyRowChanges } from '../../src/lib/live';
import { sectionById, validateValues, type SectionDef } from '../../src/plan';
import { createIndexedDbPlanStorage, PlanCache } from '../../src/storage/plan-cache';
import type { BenchSite } from './bench-site';
import { BENCH_ACLM_EMAIL, benchPlanId, generatedRow } from './fictional-plan';
import { distantFetch, recordingFetch, responseBytes, sequentialRoundTrips } from './recording-fetch';

export interface ReopenResult {
  readonly rows: number;
  /** From opening the cache to the kept plan in hand (IndexedDB; fake-indexeddb under Node). */
  readonly firstPaintMs: number;
  /** From then to the plan up to date through the delta. */
  readonly refreshMs: number;
  readonly refreshBytes: number;
  readonly refreshRoundTrips: number;
  readonly changesApplied: number;
  /** What a full reload of the same plan transfers, for comparison. */
  readonly fullLoadBytes: number;
}

/** What others did while the plan was closed: some actions moved on and a decision recorded. */
const EDITS = 5;

/**
 * A plan opened once (kept in the IndexedDB cache), changed by someone else, then opened again
 * in a new tab: the kept plan is shown from the cache, then refreshed through the changes. Every
 * read and write goes through the plan service, as the browser's do, the browser as far from the
 * service as the service is from SharePoint.
 */
export async function benchReopen(site: BenchSite, rows: number): Promise<ReopenResult> {
  const planId = benchPlanId(rows);
  const database = `lapp-bench-cache-${rows}`;
  const firstTab = createIndexedDbPlanStorage(database);
  const browser = (fetchImpl: typeof fetch = fetch) => site.serviceStoreFor({ fetchImpl: distantFetch(site.latencyMs, fetchImpl) });
  const first = await new PlanCache({ store: browser(), storage: firstTab, applyChanges: applyRowChanges }).refresh(planId);
  firstTab.close();

  const colleague = site.serviceStoreFor({ as: BENCH_ACLM_EMAIL });
  for (const action of first.plan.sections.actions.slice(0, EDITS - 1)) {
    await colleague.updateRow({ planId, section: 'actions', key: action.key, etag: action.etag, changes: validateValues(sectionById('actions'), { Status: 'Done' }, 'update') });
  }
  const decision = generatedRow(sectionById('decisions') as SectionDef, `${planId}-reopen-decision`, 1);
  await colleague.createRow({ section: 'decisions', planId, key: decision.key, values: decision.values });

  const wire = recordingFetch();
  const nextTab = createIndexedDbPlanStorage(database);
  const cache = new PlanCache({ store: browser(wire.fetchImpl), storage: nextTab, applyChanges: applyRowChanges });
  const opened = performance.now();
  if (!(await cache.cached(planId))) throw new Error('The reopened tab found nothing in the cache.');
  const painted = performance.now();
  const refreshed = await cache.refresh(planId);
  const fresh = performance.now();
  nextTab.close();
  if (refreshed.how !== 'delta' || !refreshed.plan.sections.decisions.some((d) => d.key === decision.key)) {
    throw new Error(`The reopened plan was not brought up to date through the changes (it was read ${refreshed.how === 'full' ? 'in full' : 'without the new decision'}).`);
  }

  const fullWire = recordingFetch();
  await browser(fullWire.fetchImpl).loadPlan(planId);
  return {
    rows,
    firstPaintMs: painted - opened,
    refreshMs: fresh - painted,
    refreshBytes: responseBytes(wire.requests),
    refreshRoundTrips: sequentialRoundTrips(wire.requests),
    changesApplied: refreshed.changeCount,
    fullLoadBytes: responseBytes(fullWire.requests),
  };
}
