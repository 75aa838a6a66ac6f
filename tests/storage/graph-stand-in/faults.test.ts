import type { RunningStandIn } from '../../../src/server/stand-in';
import { ForbiddenError, OfflineError, ThrottledError } from '../../../src/storage/errors';
import type { GraphStore } from '../../../src/storage/graph';
import { openStandInSite, recordingFetch } from './stand-in-site';

let standIn: RunningStandIn;
let storeFor: Awaited<ReturnType<typeof openStandInSite>>['storeFor'];
let store: GraphStore;
let planId: string;

// The stand-in asks for Retry-After: 1; enough retries that a 30% fault rate never wins.
const PATIENT = { maxRetries: 8, baseDelayMs: 10 };

beforeAll(async () => {
  ({ standIn, storeFor } = await openStandInSite());
  store = storeFor();
  await store.provision();
  planId = (await store.createPlan({ council: 'Fallowby Council', census: 'Census 2031' })).key;
});
afterEach(() => standIn.setFaults({ faultRate: 0, dropRate: 0 }));
afterAll(() => standIn.close());

describe('when SharePoint throttles', () => {
  it('still loads the whole plan, re-queueing throttled requests inside $batch', async () => {
    const reference = await store.loadPlan(planId);
    standIn.setFaults({ faultRate: 0.3 });
    const plan = await storeFor({ retry: PATIENT }).loadPlan(planId);
    expect(plan.header.etag).toBe(reference.header.etag);
    expect(plan.sections.localPriorities.map((r) => r.id)).toEqual(reference.sections.localPriorities.map((r) => r.id));
  });

  it('still saves rows, each exactly once', async () => {
    standIn.setFaults({ faultRate: 0.3 });
    const patient = storeFor({ retry: PATIENT });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => patient.createRow({ section: 'actions', planId, key: `busy-${i}`, values: { ActionTitle: `Busy ${i}`, Status: 'Open' } })),
    );
    standIn.setFaults({ faultRate: 0 });
    const keys = (await store.loadPlan(planId)).sections.actions.map((r) => r.key).filter((k) => k.startsWith('busy-'));
    expect(keys.sort()).toEqual(['busy-0', 'busy-1', 'busy-2', 'busy-3', 'busy-4', 'busy-5']);
  });

  it('gives up with ThrottledError when it never lets up', async () => {
    standIn.setFaults({ faultRate: 1 });
    const impatient = storeFor({ retry: { maxRetries: 1, baseDelayMs: 10 } });
    await expect(impatient.whoAmI()).rejects.toBeInstanceOf(ThrottledError);
  });
});

describe('when connections drop', () => {
  it('saves every row once even when answers are lost before or after the write', async () => {
    standIn.setFaults({ dropRate: 0.3 });
    const patient = storeFor({ retry: PATIENT });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => patient.createRow({ section: 'decisions', planId, key: `drop-${i}`, values: { DecisionText: `Agreed ${i}` } })),
    );
    standIn.setFaults({ dropRate: 0 });
    const decisions = (await store.loadPlan(planId)).sections.decisions.filter((r) => r.key.startsWith('drop-'));
    expect(decisions).toHaveLength(8);
    expect(new Set(decisions.map((r) => r.key)).size).toBe(8);
  });

  it('reports OfflineError when the server cannot be reached at all', async () => {
    const { storeFor: closedSiteStore, standIn: gone } = await openStandInSite();
    await gone.close();
    await expect(closedSiteStore({ retry: { maxRetries: 1, baseDelayMs: 1 } }).whoAmI()).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('when the caller may not write', () => {
  it('reports ForbiddenError at once, without retrying', async () => {
    const { fetchImpl, sent } = recordingFetch();
    const manager = storeFor({ fetchImpl, getToken: async () => 'standin:morgan.reyes@census.example' });
    const creating = manager.createRow({ section: 'actions', planId, key: 'not-mine', values: { ActionTitle: 'Not allowed', Status: 'Open' } });
    await expect(creating).rejects.toBeInstanceOf(ForbiddenError);
    expect(sent.filter((r) => r.method === 'POST' && r.path.endsWith('/items'))).toHaveLength(1);
  });
});
