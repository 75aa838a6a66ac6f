import { ForbiddenError, OfflineError, ThrottledError } from '../../../src/storage/errors';
import { openPlanSite, openStandInSite, recordingFetch, type PlanSite } from './stand-in-site';
import { checked } from '../../support/checked-values';

// The stand-in asks for Retry-After: 1; enough retries that a 30% fault rate never wins.
const PATIENT = { maxRetries: 8, baseDelayMs: 10 };

let site: PlanSite;

beforeAll(async () => {
  site = await openPlanSite('Fallowby Council');
});
afterEach(() => site.standIn.setFaults({ faultRate: 0, dropRate: 0 }));
afterAll(() => site.standIn.close());

describe('when SharePoint throttles', () => {
  it('still loads the whole plan, re-queueing throttled requests inside $batch', async () => {
    const reference = await site.store.loadPlan(site.planId);
    site.standIn.setFaults({ faultRate: 0.3 });
    const plan = await site.storeFor({ retry: PATIENT }).loadPlan(site.planId);
    expect(plan.header.etag).toBe(reference.header.etag);
    expect(plan.sections.localPriorities.map((r) => r.id)).toEqual(reference.sections.localPriorities.map((r) => r.id));
  });

  it('still saves rows, each exactly once', async () => {
    site.standIn.setFaults({ faultRate: 0.3 });
    const patient = site.storeFor({ retry: PATIENT });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => patient.createRow({ section: 'actions', planId: site.planId, key: `busy-${i}`, values: checked('actions', { ActionTitle: `Busy ${i}`, Status: 'Open' })})),
    );
    site.standIn.setFaults({ faultRate: 0 });
    const keys = (await site.store.loadPlan(site.planId)).sections.actions.map((r) => r.key).filter((k) => k.startsWith('busy-'));
    expect(keys.sort()).toEqual(['busy-0', 'busy-1', 'busy-2', 'busy-3', 'busy-4', 'busy-5']);
  });

  it('gives up with ThrottledError when it never lets up', async () => {
    site.standIn.setFaults({ faultRate: 1 });
    const impatient = site.storeFor({ retry: { maxRetries: 1, baseDelayMs: 10 } });
    await expect(impatient.whoAmI()).rejects.toBeInstanceOf(ThrottledError);
  });
});

describe('when connections drop', () => {
  it('saves every row once even when answers are lost before or after the write', async () => {
    site.standIn.setFaults({ dropRate: 0.3 });
    const patient = site.storeFor({ retry: PATIENT });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => patient.createRow({ section: 'decisions', planId: site.planId, key: `drop-${i}`, values: checked('decisions', { DecisionText: `Agreed ${i}` })})),
    );
    site.standIn.setFaults({ dropRate: 0 });
    const decisions = (await site.store.loadPlan(site.planId)).sections.decisions.filter((r) => r.key.startsWith('drop-'));
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
    const manager = site.storeFor({ fetchImpl, getToken: () => site.standIn.tokenFor('morgan.reyes@census.example') });
    const creating = manager.createRow({ section: 'actions', planId: site.planId, key: 'not-mine', values: checked('actions', { ActionTitle: 'Not allowed', Status: 'Open' })});
    await expect(creating).rejects.toBeInstanceOf(ForbiddenError);
    expect(sent.filter((r) => r.method === 'POST' && r.path.endsWith('/items'))).toHaveLength(1);
  });
});
