import { ConflictError, ForbiddenError } from '../../../src/storage/errors';
import {
  ChangeNotSavedError,
  createMemoryQueue,
  createOutboxStore,
  type OutboxOptions,
  type OutboxStore,
  type QueuedChange,
} from '../../../src/storage/outbox';
import type { CreateRowInput } from '../../../src/storage/port';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { checked, checkedChanges } from '../../support/checked-values';

const running: OutboxStore[] = [];
afterEach(() => running.splice(0).forEach((o) => o.stop()));

function setup(options: OutboxOptions = {}) {
  const inner = new MemoryPlanStore();
  const outbox = createOutboxStore(inner, createMemoryQueue(), {
    connectivity: null,
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    ...options,
  });
  running.push(outbox);
  return { inner, outbox };
}

function newAction(title: string, key = `key-${title}`): CreateRowInput {
  return { section: 'actions', planId: 'kestrel-vale', key, values: checked('actions', { ActionTitle: title, Status: 'Open' })};
}

const statesOf = (changes: readonly QueuedChange[]) => changes.map((c) => c.state);

describe('when storage answers', () => {
  it('shows a change as waiting until storage confirms it, and saved only after', async () => {
    const { inner, outbox } = setup();
    const seen: string[] = [];
    outbox.subscribe((c) => seen.push(c.state));
    const release = inner.hold();
    const saving = outbox.createRow(newAction('Book the library hall'));
    await new Promise((r) => setTimeout(r, 5));

    expect(statesOf(outbox.pending())).toEqual(['sending']);
    expect(outbox.waitingCount()).toBe(1);
    expect(inner.rows.size).toBe(0);
    expect(seen).not.toContain('saved');

    release();
    const row = await saving;
    expect(row.values['ActionTitle']).toBe('Book the library hall');
    expect(outbox.pending()).toEqual([]);
    expect(seen).toEqual(['waiting', 'sending', 'saved']);
  });

  it("sends one row's create, updates and delete in the order they were made", async () => {
    const { inner, outbox } = setup();
    const row = { planId: 'kestrel-vale', section: 'actions', key: 'key-Print posters' } as const;
    const writes = [
      outbox.createRow(newAction('Print posters')),
      outbox.updateRow({ ...row, changes: checkedChanges('actions', { Status: 'In progress' })}),
      outbox.updateRow({ ...row, changes: checkedChanges('actions', { Status: 'Done' })}),
      outbox.deleteRow(row),
    ];
    await Promise.all(writes);
    expect(inner.calls.map((c) => c.kind)).toEqual(['create', 'update', 'update', 'delete']);
    expect(inner.rows.size).toBe(0);
  });

  it('gives updates queued behind a create the row’s ETag once the create lands', async () => {
    const { inner, outbox } = setup();
    inner.failNext('offline');
    const created = outbox.createRow(newAction('Ask the library for a stand'));
    const updated = outbox.updateRow({ planId: 'kestrel-vale', section: 'actions', key: 'key-Ask the library for a stand', changes: checkedChanges('actions', { Status: 'Done' })});
    const [row, after] = await Promise.all([created, updated]);

    const update = inner.calls.find((c) => c.kind === 'update');
    expect(update?.key).toBe(row.key);
    expect(update?.etag).toBe(row.etag);
    expect(after.values['Status']).toBe('Done');
  });

  it("chains this device's successive edits of one row without a false conflict", async () => {
    const { inner, outbox } = setup();
    const row = await outbox.createRow(newAction('Draft the press release'));
    const first = outbox.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { Status: 'In progress' })});
    const second = outbox.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { ActionNotes: 'Sent to comms' })});
    await Promise.all([first, second]);
    expect(inner.rows.get(row.id)?.values).toMatchObject({ Status: 'In progress', ActionNotes: 'Sent to comms' });
    expect(outbox.pending()).toEqual([]);
  });

  it('sends independent rows side by side, never more at once than the cap', async () => {
    const { inner, outbox } = setup({ maxConcurrent: 3 });
    const release = inner.hold();
    const writes = Array.from({ length: 10 }, (_, i) => outbox.createRow(newAction(`Action ${i}`)));
    await new Promise((r) => setTimeout(r, 5));
    expect(inner.inFlight).toBe(3);
    release();
    await Promise.all(writes);
    expect(inner.maxInFlight).toBe(3);
    expect(inner.rows.size).toBe(10);
  });
});

describe('when the network or SharePoint fails', () => {
  it('retries a create whose answer was lost and never makes two rows', async () => {
    const { inner, outbox } = setup();
    inner.failNext('loseAnswer', 'offline', 'loseAnswer');
    const row = await outbox.createRow(newAction('Order leaflets'));
    expect(inner.calls.filter((c) => c.kind === 'create')).toHaveLength(4);
    expect(inner.rowsWithKey('key-Order leaflets')).toEqual([row]);
  });

  it('gives a create without a key one, and keeps it for every retry', async () => {
    const { inner, outbox } = setup({ newId: () => 'generated-key' });
    inner.failNext('loseAnswer');
    const row = await outbox.createRow(newAction('Put up banners', ''));
    expect(row.key).toBe('generated-key');
    expect(inner.calls.map((c) => c.key)).toEqual(['generated-key', 'generated-key']);
    expect(inner.rows.size).toBe(1);
  });

  it('counts an update whose answer was lost as saved when the retry finds it already there', async () => {
    const { inner, outbox } = setup();
    const row = await outbox.createRow(newAction('Check the address list'));
    inner.failNext('loseAnswer');
    const updated = await outbox.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { Status: 'Done' })});
    expect(updated.values['Status']).toBe('Done');
    expect(outbox.pending()).toEqual([]);
  });

  it('waits out the Retry-After SharePoint sends before trying again', async () => {
    const { inner, outbox } = setup();
    inner.failNext({ throttledMs: 80 });
    await outbox.createRow(newAction('Share the toolkit'));
    const [first, second] = inner.calls;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(75);
  });

  it('keeps a change waiting with the reason while offline, and sends it when the browser is online again', async () => {
    const connectivity = new EventTarget();
    const { inner, outbox } = setup({ connectivity, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 1 });
    inner.failNext('offline');
    const saving = outbox.createRow(newAction('Brief the ward councillors'));
    await new Promise((r) => setTimeout(r, 5));
    expect(outbox.pending()[0]).toMatchObject({ state: 'waiting', lastProblem: { kind: 'offline' } });

    connectivity.dispatchEvent(new Event('online'));
    await saving;
    expect(inner.rows.size).toBe(1);
  });

  it('retries an unexpected server error a few times, then fails the change with the reason', async () => {
    const { inner, outbox } = setup({ retry: { baseDelayMs: 1, maxDelayMs: 1, maxServerErrorAttempts: 3 } });
    inner.failNext('serverError', 'serverError', 'serverError');
    await expect(outbox.createRow(newAction('Map the hard-to-count areas'))).rejects.toThrow('Something went wrong');
    expect(inner.calls).toHaveLength(3);
    expect(outbox.pending()[0]).toMatchObject({
      state: 'failed',
      failure: { kind: 'refused', problem: { kind: 'failed', code: 'generalException', said: 'Something went wrong on the server.' } },
    });
  });
});

describe('when storage refuses a change', () => {
  it('never retries a 403: the change fails as forbidden with the reason', async () => {
    const { inner, outbox } = setup();
    inner.failNext('forbidden');
    await expect(outbox.createRow(newAction('Edit the CEM section'))).rejects.toBeInstanceOf(ForbiddenError);
    await outbox.flush();
    expect(inner.calls).toHaveLength(1);
    expect(outbox.pending()[0]).toMatchObject({ state: 'failed', failure: { kind: 'forbidden', problem: { kind: 'forbidden' } } });
  });

  it('fails the changes queued behind a create that storage refused', async () => {
    const { inner, outbox } = setup();
    inner.failNext('forbidden');
    const created = outbox.createRow(newAction('Plan a stall'));
    const updated = outbox.updateRow({ planId: 'kestrel-vale', section: 'actions', key: 'key-Plan a stall', changes: checkedChanges('actions', { Status: 'Done' })});
    await expect(created).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updated).rejects.toBeInstanceOf(ChangeNotSavedError);
    expect(outbox.pending().map((c) => c.failure?.kind)).toEqual(['forbidden', 'dependency']);
    expect(inner.calls).toHaveLength(1);
  });

  it('sends a change an earlier version kept by row id to the row with that key', async () => {
    const inner = new MemoryPlanStore();
    const row = await inner.createRow(newAction('Print posters'));
    const queue = createMemoryQueue();
    const input = { section: 'actions', planId: 'kestrel-vale', id: `local:${row.key}`, changes: checkedChanges('actions', { Status: 'Done' }) };
    await queue.put({ id: 'old', seq: 1, queuedAt: '2031-03-01T10:00:00.000Z', operation: { kind: 'update', input } as unknown as QueuedChange['operation'], state: 'waiting', attempts: 0 });
    const outbox = createOutboxStore(inner, queue, { connectivity: null });
    running.push(outbox);
    await outbox.ready();
    await outbox.flush();
    expect(inner.updates.map((u) => u.key)).toEqual([row.key]);
    expect(inner.rows.get(row.key)?.values['Status']).toBe('Done');
  });

  it('lets a failed change be discarded', async () => {
    const { inner, outbox } = setup();
    inner.failNext('forbidden');
    await outbox.createRow(newAction('Hire a van')).catch(() => undefined);
    await outbox.discard(outbox.pending()[0]!.id);
    expect(outbox.pending()).toEqual([]);
  });
});

describe('once stopped', () => {
  it('refuses new writes instead of keeping them where nothing will send them', async () => {
    const { outbox } = setup();
    outbox.stop();
    await expect(outbox.createRow(newAction('Too late'))).rejects.toThrow('stopped');
    expect(outbox.pending()).toEqual([]);
  });
});
