import { applyRowChanges } from '../../../src/lib/live';
import { rowsOf } from '../../../src/plan/plan-rows';
import { SECTIONS, type Plan } from '../../../src/plan';
import { NotFoundError, OfflineError, StorageError } from '../../../src/storage/errors';
import { createMemoryPlanStorage, PlanCache, type PlanCacheStorage } from '../../../src/storage/plan-cache';
import { action, concern, makePlan, PLAN_ID } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';

const keysOf = (plan: Plan | undefined, section: 'actions' | 'concernsRaised') => (plan ? rowsOf(plan, section).map((r) => r.key) : []);

function setUp(storage: PlanCacheStorage = createMemoryPlanStorage()) {
  const store = new MemoryPlanStore(makePlan({}, [action('book-hall', { DueDate: '2031-02-10' }), action('print-leaflets'), concern('parking')]));
  const open = () => new PlanCache({ store, storage, applyChanges: applyRowChanges });
  return { store, storage, open, cache: open() };
}

describe('opening a plan for the first time', () => {
  it('has nothing to show at once, then reads the plan in full and keeps it', async () => {
    const { store, cache } = setUp();
    expect(await cache.cached(PLAN_ID)).toBeUndefined();
    const refreshed = await cache.refresh(PLAN_ID);
    expect(refreshed.how).toBe('full');
    expect(keysOf(refreshed.plan, 'actions')).toEqual(['book-hall', 'print-leaflets']);
    expect(keysOf(await cache.cached(PLAN_ID), 'actions')).toEqual(['book-hall', 'print-leaflets']);
    expect(store.reads.map((c) => c.kind)).toEqual(['changes', 'load']);
  });

  it('does not lose a row saved while the plan was being read', async () => {
    const { store, cache } = setUp();
    store.afterRead = () => store.putAsSomeoneElse(action('late-arrival'));
    const first = await cache.refresh(PLAN_ID);
    expect(keysOf(first.plan, 'actions')).not.toContain('late-arrival');
    store.afterRead = undefined;
    expect(keysOf((await cache.refresh(PLAN_ID)).plan, 'actions')).toContain('late-arrival');
  });

  it('says so when there is no such plan, and keeps nothing', async () => {
    const { cache } = setUp();
    await expect(cache.refresh('no-such-plan')).rejects.toBeInstanceOf(NotFoundError);
    expect(await cache.cached('no-such-plan')).toBeUndefined();
  });
});

describe('opening a plan again', () => {
  it('shows the kept plan before asking storage, then applies only what changed since', async () => {
    const { store, open } = setUp();
    await open().refresh(PLAN_ID);
    store.putAsSomeoneElse(action('call-library', { ActionTitle: 'Call the library' }));
    store.deleteAsSomeoneElse('concernsRaised', 'parking');
    store.reads.length = 0;

    const reopened = open();
    const shown = await reopened.cached(PLAN_ID);
    expect(store.reads).toEqual([]);
    expect(keysOf(shown, 'concernsRaised')).toEqual(['parking']);

    const refreshed = await reopened.refresh(PLAN_ID);
    expect(refreshed).toMatchObject({ how: 'delta', changeCount: 2 });
    expect(keysOf(refreshed.plan, 'actions')).toEqual(['book-hall', 'print-leaflets', 'call-library']);
    expect(keysOf(refreshed.plan, 'concernsRaised')).toEqual([]);
    expect(store.reads.map((c) => c.kind)).toEqual(['changes']);
    expect(keysOf(await open().cached(PLAN_ID), 'actions')).toContain('call-library');
  });

  it('moves the cursor on, so a change is applied once', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.putAsSomeoneElse(action('call-library'));
    expect((await cache.refresh(PLAN_ID)).changeCount).toBe(1);
    expect((await cache.refresh(PLAN_ID)).changeCount).toBe(0);
  });

  it('reads in full when storage refuses the kept cursor', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.putAsSomeoneElse(action('call-library'));
    store.feed.fail(new StorageError(400, 'invalidCursor', 'This change cursor was not issued by this app.'));
    const refreshed = await cache.refresh(PLAN_ID);
    expect(refreshed.how).toBe('full');
    expect(keysOf(refreshed.plan, 'actions')).toContain('call-library');
  });

  it('reads in full when a list had to be read afresh, so rows deleted meanwhile go', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.deleteAsSomeoneElse('actions', 'print-leaflets');
    store.feed.resyncNext('actions');
    const refreshed = await cache.refresh(PLAN_ID);
    expect(refreshed.how).toBe('full');
    expect(keysOf(refreshed.plan, 'actions')).toEqual(['book-hall']);
  });

  it('reads in full when the kept cursor follows other sections than the schema has', async () => {
    const { store, storage, cache } = setUp();
    await cache.refresh(PLAN_ID);
    const kept = (await storage.get(PLAN_ID))!;
    await storage.put({ ...kept, sections: ['actions'] });
    store.reads.length = 0;
    expect((await cache.refresh(PLAN_ID)).how).toBe('full');
    expect((await storage.get(PLAN_ID))?.sections).toEqual(SECTIONS.map((s) => s.id));
  });

  it('keeps showing the kept plan when storage cannot be reached', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.feed.fail(new OfflineError());
    await expect(cache.refresh(PLAN_ID)).rejects.toBeInstanceOf(OfflineError);
    expect(keysOf(await cache.cached(PLAN_ID), 'actions')).toEqual(['book-hall', 'print-leaflets']);
  });

  it('forgets a plan that has been deleted and says it is gone', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.deleteAsSomeoneElse('plan', PLAN_ID);
    await expect(cache.refresh(PLAN_ID)).rejects.toBeInstanceOf(NotFoundError);
    expect(await cache.cached(PLAN_ID)).toBeUndefined();
  });

  it('asks storage once when two views refresh the same plan together', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    store.putAsSomeoneElse(action('call-library'));
    store.reads.length = 0;
    const [a, b] = await Promise.all([cache.refresh(PLAN_ID), cache.refresh(PLAN_ID)]);
    expect(a.plan).toBe(b.plan);
    expect(store.reads).toHaveLength(1);
  });
});

describe('keeping what this device saved', () => {
  it('shows a saved row when the plan is opened again, before storage answers, and only once after', async () => {
    const { store, open, cache } = setUp();
    const parking = rowsOf((await cache.refresh(PLAN_ID)).plan, 'concernsRaised')[0]!;
    const saved = store.putAsSomeoneElse(action('call-library'));
    store.deleteAsSomeoneElse('concernsRaised', 'parking');
    await cache.record(PLAN_ID, [
      { kind: 'upsert', row: saved },
      { kind: 'delete', section: 'concernsRaised', id: parking.id },
    ]);

    const reopened = open();
    expect(keysOf(await reopened.cached(PLAN_ID), 'actions')).toEqual(['book-hall', 'print-leaflets', 'call-library']);
    expect(keysOf(await reopened.cached(PLAN_ID), 'concernsRaised')).toEqual([]);
    const refreshed = await reopened.refresh(PLAN_ID);
    expect(refreshed).toMatchObject({ how: 'delta', changeCount: 2 });
    expect(keysOf(refreshed.plan, 'actions')).toEqual(['book-hall', 'print-leaflets', 'call-library']);
  });

  it('does not lose a save recorded while a refresh is under way', async () => {
    const { store, cache } = setUp();
    await cache.refresh(PLAN_ID);
    const saved = action('call-library');
    const refreshing = cache.refresh(PLAN_ID);
    const recording = cache.record(PLAN_ID, [{ kind: 'upsert', row: saved }]);
    await Promise.all([refreshing, recording]);
    expect(keysOf(await cache.cached(PLAN_ID), 'actions')).toContain('call-library');
    expect(store.reads.filter((c) => c.kind === 'load')).toHaveLength(1);
  });

  it('keeps nothing for a plan it never loaded', async () => {
    const { cache } = setUp();
    await cache.record(PLAN_ID, [{ kind: 'upsert', row: action('call-library') }]);
    expect(await cache.cached(PLAN_ID)).toBeUndefined();
  });
});

describe('a cache that cannot be used', () => {
  const broken: PlanCacheStorage = {
    get: () => Promise.reject(new Error('IndexedDB is not available in this browser mode')),
    put: () => Promise.reject(new Error('QuotaExceededError')),
    remove: () => Promise.resolve(),
    close: () => undefined,
  };

  it('only costs the full read: the plan still loads', async () => {
    const { cache } = setUp(broken);
    expect(await cache.cached(PLAN_ID)).toBeUndefined();
    const refreshed = await cache.refresh(PLAN_ID);
    expect(refreshed.how).toBe('full');
    expect(keysOf(refreshed.plan, 'actions')).toEqual(['book-hall', 'print-leaflets']);
  });
});
