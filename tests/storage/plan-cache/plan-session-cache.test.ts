import { testOutbox } from '../../ui/support/test-outbox';
import { applyRowChanges } from '../../../src/lib/live';
import { PlanSession } from '../../../src/lib/plan-session';
import { rowsOf } from '../../../src/plan/plan-rows';
import { createMemoryPlanStorage, PlanCache } from '../../../src/storage/plan-cache';
import { OfflineError } from '../../../src/storage/errors';
import type { PlanStore } from '../../../src/storage/port';
import { action, makePlan, PLAN_ID } from '../../agenda/plan-factory';
import { checked } from '../../support/checked-values';
import { MemoryPlanStore } from '../../support/memory-plan-store';

/** Storage whose change feed answers only when the test lets it. */
function gated(store: MemoryPlanStore) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const slow: Pick<PlanStore, 'loadPlan' | 'changes'> = {
    loadPlan: (planId) => store.loadPlan(planId),
    changes: async (sections, cursor) => {
      await gate;
      return store.changes(sections, cursor);
    },
  };
  return { slow, open };
}

async function keptPlanCache() {
  const store = new MemoryPlanStore(makePlan({}, [action('book-hall')]));
  const storage = createMemoryPlanStorage();
  await new PlanCache({ store, storage, applyChanges: applyRowChanges }).refresh(PLAN_ID);
  return { store, storage };
}

const actionKeys = (session: PlanSession) => rowsOf(session.getSnapshot().plan!, 'actions').map((r) => r.key);

describe('a plan session over the plan cache', () => {
  it('shows the plan kept on this device before storage answers, then the plan as it is now', async () => {
    const { store, storage } = await keptPlanCache();
    store.putAsSomeoneElse(action('call-library'));
    const { slow, open } = gated(store);
    const session = new PlanSession(testOutbox(slow as PlanStore), PLAN_ID, new PlanCache({ store: slow, storage, applyChanges: applyRowChanges }));
    session.follow();

    const loading = session.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.getSnapshot().status).toBe('ready');
    expect(actionKeys(session)).toEqual(['book-hall']);

    open();
    await loading;
    expect(actionKeys(session)).toEqual(['book-hall', 'call-library']);
  });

  it('keeps a row saved in the session, so opening the plan again shows it at once', async () => {
    const { store, storage } = await keptPlanCache();
    const session = new PlanSession(testOutbox(store), PLAN_ID, new PlanCache({ store, storage, applyChanges: applyRowChanges }));
    session.follow();
    await session.load();
    await session.createRow('actions', checked('actions', { ActionTitle: 'Call the library', Status: 'Open' }), 'call-library');
    await new Promise((resolve) => setTimeout(resolve, 0));

    const nextTab = new PlanCache({ store, storage, applyChanges: applyRowChanges });
    expect(rowsOf((await nextTab.cached(PLAN_ID))!, 'actions').map((r) => r.key)).toEqual(['book-hall', 'call-library']);
  });

  it('keeps the kept plan on screen and says so when storage cannot be reached', async () => {
    const { store, storage } = await keptPlanCache();
    store.feed.fail(new OfflineError());
    const session = new PlanSession(testOutbox(store), PLAN_ID, new PlanCache({ store, storage, applyChanges: applyRowChanges }));
    session.follow();
    await session.load();
    expect(session.getSnapshot().status).toBe('ready');
    expect(actionKeys(session)).toEqual(['book-hall']);
    expect(session.getSnapshot().notice).toBeDefined();
  });
});
