import { sampleSiteContent } from '../../../src/server/sample-site/sample-site';
import { rollupRows } from '../../../src/features/manager-rollup/rollup-rows';
import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { ROLLUP_SECTIONS } from '../../../src/service/rollup';
import { loadAllPlans } from '../../../src/storage/all-plans';
import { createGraphStore } from '../../../src/storage/graph';

const TODAY = '2031-01-15';
let standIn: RunningStandIn;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0, dbPath: ':memory:', content: sampleSiteContent(TODAY), resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
});
afterAll(() => standIn.close());

describe('the roll-up read list by list', () => {
  it('gives every council the same figures as reading each whole plan, for a fraction of the resource units', async () => {
    const store = createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: () => standIn.tokenFor('ava.lindqvist@census.example') });
    await store.listPlans();
    standIn.resetUsage();
    const planByPlan = rollupRows(await loadAllPlans(store), TODAY);
    const perPlanUnits = standIn.usage().total;
    standIn.resetUsage();
    const listByList = rollupRows(await store.loadPlansWithSections(ROLLUP_SECTIONS), TODAY);
    const siteWideUnits = standIn.usage().total;

    expect(planByPlan.length).toBeGreaterThanOrEqual(3);
    expect(listByList).toEqual(planByPlan);
    // One multi-item read (2 RU) per list read: the header and four sections.
    expect(siteWideUnits).toBe(2 * (1 + ROLLUP_SECTIONS.length));
    expect(siteWideUnits).toBeLessThan(perPlanUnits / planByPlan.length);
  });
});
