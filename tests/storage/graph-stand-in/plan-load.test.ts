import { SECTIONS } from '../../../src/plan';
import { openPlanSite, recordingFetch, type PlanSite } from './stand-in-site';
import { checked } from '../../support/checked-values';

const MANY = 250;

let site: PlanSite;

beforeAll(async () => {
  site = await openPlanSite('Longmere District Council');
  await site.store.createPlan({ council: 'Other Side Council', census: 'Census 2031' });
  await Promise.all(
    Array.from({ length: MANY }, (_, i) =>
      site.store.createRow({ section: 'actions', planId: site.planId, key: `bulk-${i}`, order: MANY - i, values: checked('actions', { ActionTitle: `Action ${i}`, Status: 'Open' })}),
    ),
  );
});
afterAll(() => site.standIn.close());

describe('loading a plan', () => {
  it('takes one $batch round for the site and its lists, then one round for the whole plan', async () => {
    const { fetchImpl, sent, wire } = recordingFetch();
    const plan = await site.storeFor({ fetchImpl }).loadPlan(site.planId);
    expect(plan.header.key).toBe(site.planId);
    // 1 envelope (site + lists), then the plan's reads: one per list, 20 to an envelope, sent together.
    expect(sent).toEqual(Array.from({ length: 1 + Math.ceil(SECTIONS.length / 20) }, () => ({ method: 'POST', path: '/graph/v1.0/$batch' })));
    expect(wire.peak).toBe(Math.ceil(SECTIONS.length / 20));
  });

  it('needs only the plan round once the store knows the site', async () => {
    const { fetchImpl, sent } = recordingFetch();
    const warm = site.storeFor({ fetchImpl });
    await warm.loadPlan(site.planId);
    sent.length = 0;
    await warm.loadPlan(site.planId);
    expect(sent).toHaveLength(Math.ceil(SECTIONS.length / 20));
  });

  it('brings every row of a long section, sorted by SortOrder, and only this plan’s rows', async () => {
    const plan = await site.store.loadPlan(site.planId);
    expect(plan.sections.actions).toHaveLength(MANY);
    expect(plan.sections.actions.map((r) => r.order)).toEqual(Array.from({ length: MANY }, (_, i) => i + 1));
    expect(plan.sections.actions.every((r) => r.planId === site.planId)).toBe(true);
    // The other plan's eight strands stay in the other plan.
    expect(plan.sections.localPriorities).toHaveLength(8);
    expect(plan.sections.meetings).toEqual([]);
  });

  it('reads only the item properties a row needs, and still has each row’s ETag, dates and last editor', async () => {
    const answers: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      answers.push(await response.clone().text());
      return response;
    }) as typeof fetch;
    const plan = await site.storeFor({ fetchImpl }).loadPlan(site.planId);
    const row = plan.sections.actions[0]!;
    expect(row.etag).toMatch(/^"\{[0-9A-F-]+\},\d+"$/);
    expect(row.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.modifiedBy).toBe('Ava Lindqvist');
    expect(answers.at(-1)).not.toContain('parentReference');
  });

  it('follows nextLinks past a page, fetching only the long list again', async () => {
    const { fetchImpl, sent } = recordingFetch();
    const paged = site.storeFor({ fetchImpl, pageSize: 100 });
    await paged.loadPlan(site.planId); // warms the site lookup
    sent.length = 0;
    const plan = await paged.loadPlan(site.planId);
    expect(plan.sections.actions).toHaveLength(MANY);
    expect(new Set(plan.sections.actions.map((r) => r.key)).size).toBe(MANY);
    // Round 1: every list; rounds 2 and 3: the actions list's next pages.
    expect(sent).toHaveLength(Math.ceil(SECTIONS.length / 20) + 2);
  });
});
