import 'fake-indexeddb/auto';
import { applyRowChanges } from '../../../src/lib/live';
import { rowsOf } from '../../../src/plan/plan-rows';
import { createIndexedDbPlanStorage, PlanCache } from '../../../src/storage/plan-cache';
import { action, makePlan, PLAN_ID } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';

let dbCount = 0;
const freshName = () => `lapp-plan-cache-test-${++dbCount}`;

describe('the IndexedDB plan cache', () => {
  it('keeps a plan and its cursor across a closed tab, then refreshes it through the changes', async () => {
    const name = freshName();
    const store = new MemoryPlanStore(makePlan({}, [action('book-hall')]));
    const firstTab = createIndexedDbPlanStorage(name);
    await new PlanCache({ store, storage: firstTab, applyChanges: applyRowChanges }).refresh(PLAN_ID);
    firstTab.close();

    store.putAsSomeoneElse(action('call-library'));
    const nextTab = createIndexedDbPlanStorage(name);
    const cache = new PlanCache({ store, storage: nextTab, applyChanges: applyRowChanges });
    const shown = await cache.cached(PLAN_ID);
    expect(rowsOf(shown!, 'actions').map((r) => r.key)).toEqual(['book-hall']);
    const refreshed = await cache.refresh(PLAN_ID);
    expect(refreshed.how).toBe('delta');
    expect(rowsOf(refreshed.plan, 'actions').map((r) => r.key)).toEqual(['book-hall', 'call-library']);
    nextTab.close();
  });

  it('keeps one record per plan and forgets one on request', async () => {
    const storage = createIndexedDbPlanStorage(freshName());
    const plan = makePlan();
    const entry = { planId: PLAN_ID, plan, cursor: '0', sections: ['actions' as const], savedAt: '2031-02-02T10:00:00.000Z' };
    await storage.put(entry);
    await storage.put({ ...entry, cursor: '5' });
    expect((await storage.get(PLAN_ID))?.cursor).toBe('5');
    await storage.remove(PLAN_ID);
    expect(await storage.get(PLAN_ID)).toBeUndefined();
    storage.close();
  });
});
