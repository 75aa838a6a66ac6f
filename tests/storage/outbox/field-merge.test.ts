import { ConflictError } from '../../../src/storage/errors';
import { createMemoryQueue, createOutboxStore, type OutboxStore } from '../../../src/storage/outbox';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { checked, checkedChanges } from '../../support/checked-values';

const running: OutboxStore[] = [];
afterEach(() => running.splice(0).forEach((o) => o.stop()));

/**
 * Two people in one call with the same action on screen: the partner saves first, this person's
 * change still carries the old ETag and what the fields held when they changed them (the base).
 */
async function sameRowTwoPeople() {
  const inner = new MemoryPlanStore();
  const outbox = createOutboxStore(inner, createMemoryQueue(), { connectivity: null, retry: { baseDelayMs: 1, maxDelayMs: 4 } });
  running.push(outbox);
  const seen = await outbox.createRow({
    section: 'actions',
    planId: 'kestrel-vale',
    key: 'posters',
    values: checked('actions', { ActionTitle: 'Print posters', Status: 'Open', DueDate: '2031-03-01', ActionNotes: 'A3' }),
  });
  /** This person's save: the fields they changed, what those held when they did, and the ETag they saw. */
  const save = (changes: Record<string, string>, base: Record<string, string>) =>
    outbox.updateRow({ section: 'actions', planId: seen.planId, key: seen.key, etag: seen.etag, changes: checkedChanges('actions', changes), base });
  return { inner, outbox, seen, save };
}

describe('a change to a row someone else saved first, merged field by field', () => {
  it('lands without asking anyone when the other person changed a different field', async () => {
    const { inner, outbox, seen, save } = await sameRowTwoPeople();
    inner.editAsSomeoneElse('actions', seen.key, { DueDate: '2031-04-15' });
    const saved = await save({ Status: 'Done' }, { Status: 'Open' });
    expect(saved.values).toMatchObject({ Status: 'Done', DueDate: '2031-04-15' });
    expect(inner.rows.get(seen.id)?.values).toMatchObject({ Status: 'Done', DueDate: '2031-04-15', ActionNotes: 'A3' });
    expect(outbox.pending()).toEqual([]);
  });

  it('is a conflict showing only the field both changed, with who changed it', async () => {
    const { inner, outbox, seen, save } = await sameRowTwoPeople();
    inner.editAsSomeoneElse('actions', seen.key, { Status: 'Dropped', DueDate: '2031-04-15' });
    const attempt = save({ Status: 'Done', ActionNotes: 'A2, glossy' }, { Status: 'Open', ActionNotes: 'A3' });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const [change] = outbox.pending();
    expect(change?.conflict?.fields).toEqual([{ field: 'Status', label: 'Status', mine: 'Done', theirs: 'Dropped', differs: true }]);
    expect(inner.rows.get(seen.id)?.values).toMatchObject({ Status: 'Dropped', ActionNotes: 'A3' });
  });

  it('keeps the uncontested fields when the person takes the other version of the contested one', async () => {
    const { inner, outbox, seen, save } = await sameRowTwoPeople();
    inner.editAsSomeoneElse('actions', seen.key, { Status: 'Dropped' });
    const attempt = save({ Status: 'Done', ActionNotes: 'A2, glossy' }, { Status: 'Open', ActionNotes: 'A3' });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await outbox.resolve(outbox.pending()[0]!.id, 'theirs');
    expect(inner.rows.get(seen.id)?.values).toMatchObject({ Status: 'Dropped', ActionNotes: 'A2, glossy' });
  });

  it('writes nothing when both people made the very same change', async () => {
    const { inner, seen, save } = await sameRowTwoPeople();
    const theirs = inner.editAsSomeoneElse('actions', seen.key, { Status: 'Done' });
    const calls = inner.calls.length;
    const saved = await save({ Status: 'Done' }, { Status: 'Open' });
    expect(saved.etag).toBe(theirs.etag);
    expect(inner.calls).toHaveLength(calls + 1);
  });
});
