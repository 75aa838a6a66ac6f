import 'fake-indexeddb/auto';
import { createIndexedDbQueue, createOutboxStore, type OutboxStore } from '../../../src/storage/outbox';
import type { CreateRowInput } from '../../../src/storage/port';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { checked, checkedChanges } from '../../support/checked-values';

const running: OutboxStore[] = [];
afterEach(() => running.splice(0).forEach((o) => o.stop()));

let dbCount = 0;
const freshName = () => `lapp-outbox-test-${++dbCount}`;

function openOutbox(inner: MemoryPlanStore, name: string): OutboxStore {
  const outbox = createOutboxStore(inner, createIndexedDbQueue(name), {
    connectivity: null,
    retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    random: () => 1,
  });
  running.push(outbox);
  return outbox;
}

const concern: CreateRowInput = {
  section: 'concernsRaised',
  planId: 'kestrel-vale',
  key: 'concern-parking',
  values: checked('concernsRaised', { Month: 'March 2031', Concern: 'No parking near the drop-in centre' }),
};

/** Waits (however busy the machine) until the outbox's first try has come back and it waits to retry. */
async function firstTryBack(outbox: OutboxStore): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(outbox.pending()[0]?.attempts === 1 && outbox.pending()[0]?.state !== 'sending')) {
    if (Date.now() > deadline) throw new Error('The first try did not come back within 5 s.');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the IndexedDB queue', () => {
  it('keeps changes in the order they were queued', async () => {
    const name = freshName();
    const first = createIndexedDbQueue(name);
    const base = { queuedAt: '2031-03-01T10:00:00.000Z', state: 'waiting' as const, attempts: 0 };
    await first.put({ ...base, id: 'b', seq: 2, operation: { kind: 'delete', input: { planId: 'p', section: 'actions', key: '7' } } });
    await first.put({ ...base, id: 'a', seq: 1, operation: { kind: 'create', input: concern } });
    first.close();

    const reopened = createIndexedDbQueue(name);
    expect((await reopened.load()).map((c) => c.id)).toEqual(['a', 'b']);
    await reopened.remove('a');
    expect((await reopened.load()).map((c) => c.id)).toEqual(['b']);
    reopened.close();
  });
});

describe('after a reload', () => {
  it('a new outbox over the same database sends the changes that were still waiting, once', async () => {
    const name = freshName();
    const storage = new MemoryPlanStore();
    storage.failNext('offline');
    const before = openOutbox(storage, name);
    void before.createRow(concern).catch(() => undefined);
    await firstTryBack(before);
    expect(before.pending()[0]?.state).toBe('waiting');
    before.stop(); // the tab is closed

    const after = openOutbox(storage, name);
    await after.flush();
    expect(storage.rowsWithKey('concern-parking')).toHaveLength(1);
    expect(after.pending()).toEqual([]);
    after.stop();

    const later = openOutbox(storage, name);
    await later.flush();
    expect(later.pending()).toEqual([]);
    expect(storage.calls.filter((c) => c.kind === 'create')).toHaveLength(2);
  });

  it('replays a create whose answer was lost with the same client key, so it is stored once', async () => {
    const name = freshName();
    const storage = new MemoryPlanStore();
    storage.failNext('loseAnswer');
    const before = openOutbox(storage, name);
    void before.createRow({ ...concern, key: '' }).catch(() => undefined);
    await firstTryBack(before);
    before.stop();

    await openOutbox(storage, name).flush();
    const keys = storage.calls.map((c) => c.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(storage.rows.size).toBe(1);
  });

  it('still shows a failed change and its reason', async () => {
    const name = freshName();
    const storage = new MemoryPlanStore();
    storage.failNext('forbidden');
    const before = openOutbox(storage, name);
    await before.createRow(concern).catch(() => undefined);
    before.stop();

    const after = openOutbox(storage, name);
    await after.flush();
    expect(after.pending()).toEqual([
      expect.objectContaining({ state: 'failed', failure: expect.objectContaining({ kind: 'forbidden' }) }),
    ]);
  });
});
