import { ConflictError } from '../../../src/storage/errors';
import { createMemoryQueue, createOutboxStore, type OutboxStore } from '../../../src/storage/outbox';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { checked, checkedChanges } from '../../support/checked-values';

const running: OutboxStore[] = [];
afterEach(() => running.splice(0).forEach((o) => o.stop()));

/** A saved action that someone else then changes, and an outbox that still has the old ETag. */
async function staleRow() {
  const inner = new MemoryPlanStore();
  const outbox = createOutboxStore(inner, createMemoryQueue(), { connectivity: null, retry: { baseDelayMs: 1, maxDelayMs: 4 } });
  running.push(outbox);
  const mineBase = await outbox.createRow({
    section: 'actions',
    planId: 'kestrel-vale',
    key: 'posters',
    values: checked('actions', { ActionTitle: 'Print posters', Status: 'Open', ActionNotes: 'A3' }),
  });
  const theirs = inner.editAsSomeoneElse('actions', mineBase.key, { Status: 'In progress', ActionNotes: 'A2, glossy' });
  return { inner, outbox, mineBase, theirs };
}

async function conflictingUpdate() {
  const setup = await staleRow();
  const { outbox, mineBase } = setup;
  const attempt = outbox.updateRow({
    section: 'actions',
    planId: mineBase.planId,
    key: mineBase.key,
    etag: mineBase.etag,
    changes: checkedChanges('actions', { Status: 'Done', ActionNotes: 'A2, glossy' }),
  });
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  const change = outbox.pending()[0]!;
  return { ...setup, change };
}

describe('an update someone else beat to it (412)', () => {
  it('is kept as a conflict showing both versions field by field, and nothing is overwritten', async () => {
    const { inner, change, theirs } = await conflictingUpdate();
    expect(change.state).toBe('conflict');
    expect(change.conflict?.theirs?.etag).toBe(theirs.etag);
    expect(change.conflict?.fields).toEqual([
      { field: 'Status', label: 'Status', mine: 'Done', theirs: 'In progress', differs: true },
      { field: 'ActionNotes', label: 'Notes', mine: 'A2, glossy', theirs: 'A2, glossy', differs: false },
    ]);
    expect(inner.rows.get(theirs.id)?.values['Status']).toBe('In progress');
  });

  it('keeps mine when asked, sent on top of their version', async () => {
    const { inner, outbox, change, theirs } = await conflictingUpdate();
    const saved = await outbox.resolve(change.id, 'mine');
    expect(saved?.values['Status']).toBe('Done');
    expect(inner.calls.at(-1)?.etag).toBe(theirs.etag);
    expect(outbox.pending()).toEqual([]);
  });

  it('takes theirs when asked, dropping the change and writing nothing', async () => {
    const { inner, outbox, change, theirs } = await conflictingUpdate();
    const callsBefore = inner.calls.length;
    const kept = await outbox.resolve(change.id, 'theirs');
    expect(kept).toEqual(theirs);
    expect(inner.calls).toHaveLength(callsBefore);
    expect(inner.rows.get(theirs.id)).toEqual(theirs);
    expect(outbox.pending()).toEqual([]);
  });

  it('saves merged values when asked', async () => {
    const { inner, outbox, change, theirs } = await conflictingUpdate();
    await outbox.resolve(change.id, checkedChanges('actions', { Status: 'Done', ActionNotes: 'A2, glossy; 40 copies' }));
    expect(inner.rows.get(theirs.id)?.values).toMatchObject({ Status: 'Done', ActionNotes: 'A2, glossy; 40 copies' });
  });

  it('shows the conflict again if the row changed once more before mine was sent', async () => {
    const { inner, outbox, change, theirs } = await conflictingUpdate();
    inner.editAsSomeoneElse('actions', theirs.key, { Status: 'Dropped' });
    await expect(outbox.resolve(change.id, 'mine')).rejects.toBeInstanceOf(ConflictError);
    expect(outbox.pending()[0]?.conflict?.fields[0]).toMatchObject({ mine: 'Done', theirs: 'Dropped' });
  });
});

describe('a delete of a row someone else changed', () => {
  it('asks first: the delete waits as a conflict and the row stays', async () => {
    const { inner, outbox, mineBase, theirs } = await staleRow();
    await expect(outbox.deleteRow({ section: 'actions', planId: mineBase.planId, key: mineBase.key, etag: mineBase.etag })).rejects.toBeInstanceOf(ConflictError);
    expect(outbox.pending()[0]).toMatchObject({ state: 'conflict', conflict: { mine: null, theirs } });
    expect(inner.rows.has(theirs.id)).toBe(true);
  });

  it('deletes once confirmed, or keeps the row if the person takes theirs', async () => {
    const confirmed = await staleRow();
    await confirmed.outbox.deleteRow({ section: 'actions', planId: confirmed.mineBase.planId, key: confirmed.mineBase.key, etag: confirmed.mineBase.etag }).catch(() => undefined);
    await confirmed.outbox.resolve(confirmed.outbox.pending()[0]!.id, 'mine');
    expect(confirmed.inner.rows.size).toBe(0);

    const declined = await staleRow();
    await declined.outbox.deleteRow({ section: 'actions', planId: declined.mineBase.planId, key: declined.mineBase.key, etag: declined.mineBase.etag }).catch(() => undefined);
    await declined.outbox.resolve(declined.outbox.pending()[0]!.id, 'theirs');
    expect(declined.inner.rows.get(declined.theirs.id)).toEqual(declined.theirs);
  });

  it('refuses to merge a delete', async () => {
    const { outbox, mineBase } = await staleRow();
    await outbox.deleteRow({ section: 'actions', planId: mineBase.planId, key: mineBase.key, etag: mineBase.etag }).catch(() => undefined);
    await expect(outbox.resolve(outbox.pending()[0]!.id, checkedChanges('actions', { Status: 'Done' }))).rejects.toThrow('only be confirmed');
  });
});
