import { PlanSession } from '../../../src/lib/plan-session';
import { ForbiddenError, OfflineError } from '../../../src/storage/errors';
import { createMemoryQueue, createOutboxStore, type OutboxQueue, type OutboxStore } from '../../../src/storage/outbox';
import { checklistItem } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { PEOPLE, PLAN_ID, samplePlan } from '../support/sample-plan';
import { checked, checkedChanges } from '../../support/checked-values';

const outboxes: OutboxStore[] = [];

function outboxOver(store: MemoryPlanStore, queue: OutboxQueue = createMemoryQueue()): OutboxStore {
  const outbox = createOutboxStore(store, queue, { connectivity: null, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  outboxes.push(outbox);
  return outbox;
}

async function openSession(store: MemoryPlanStore, outbox = outboxOver(store)): Promise<PlanSession> {
  const session = new PlanSession(outbox, PLAN_ID);
  session.follow();
  await session.load();
  return session;
}

afterEach(() => outboxes.splice(0).forEach((o) => o.stop()));

const ticks = (session: PlanSession) => session.getSnapshot().plan!.sections.supportChecklist[0]!.values;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a plan open in the UI', () => {
  it('sends quick changes to one row in order, each with the ETag the previous one got back', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const saves = [
      session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true })),
      session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Address: true })),
      session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { ActNow: true })),
    ];
    await settled();
    expect(ticks(session)).toMatchObject({ Announce: true, Address: true, ActNow: true });
    expect(await Promise.all(saves)).toEqual([true, true, true]);
    expect(session.getSnapshot().conflict).toBeUndefined();
    expect(session.getSnapshot().changes).toEqual([]);
    expect(store.stored('supportChecklist')[0]!.values).toMatchObject({ Announce: true, Address: true, ActNow: true });
  });

  it('shows a change as waiting, not saved, until storage confirms it', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const release = store.hold();
    const save = session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true }));
    await settled();
    expect(ticks(session).Announce).toBe(true);
    expect(session.getSnapshot()).toMatchObject({ waiting: 1, saving: new Set(['check-1']) });
    expect(store.stored('supportChecklist')[0]!.values.Announce).toBe(false);
    release();
    expect(await save).toBe(true);
    expect(session.getSnapshot()).toMatchObject({ waiting: 0, changes: [] });
  });

  it('keeps a change through a lost connection and sends it when storage answers again', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.failNext(new OfflineError());
    store.failNext(new OfflineError());
    expect(await session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true }))).toBe(true);
    expect(store.stored('supportChecklist')[0]!.values.Announce).toBe(true);
    expect(session.getSnapshot().notice).toBeUndefined();
  });

  it('shows a change kept from an earlier visit after a reload, then saves it', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const queue = createMemoryQueue();
    const first = await openSession(store, outboxOver(store, queue));
    const release = store.hold();
    void first.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true }));
    await settled();
    outboxes[0]!.stop(); // the tab is closed while the change is on its way

    release();
    const reopened = await openSession(store, outboxOver(store, queue));
    expect(ticks(reopened).Announce).toBe(true);
    await outboxes[1]!.flush();
    expect(store.stored('supportChecklist')[0]!.values.Announce).toBe(true);
    expect(reopened.getSnapshot().changes).toEqual([]);
  });

  it('undoes a change storage forbids, says why, shows the section read-only and does not retry', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.failNext(new ForbiddenError('You can read this list but not change it.'));
    expect(await session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true }))).toBe(false);
    const state = session.getSnapshot();
    expect(ticks(session).Announce).toBe(false);
    expect(state.notice).toMatchObject({ kind: 'forbidden', section: 'supportChecklist' });
    expect(state.readOnly.has('supportChecklist')).toBe(true);
    expect(state.changes).toMatchObject([{ state: 'failed', key: 'check-1', reason: { failed: { kind: 'forbidden', problem: { kind: 'forbidden', said: 'You can read this list but not change it.' } } } }]);
    await new Promise((resolve) => setTimeout(resolve, 50)); // well past the outbox's back-off
    // The one refused try, and no retry.
    expect(store.calls.filter((w) => w.kind === 'update')).toHaveLength(1);
  });

  it('drops a failed change from the list once dismissed', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.failNext(new ForbiddenError('No.'));
    await session.updateRow('supportChecklist', 'check-1', checkedChanges('supportChecklist', { Announce: true }));
    await session.discardChange(session.getSnapshot().changes[0]!.id);
    expect(session.getSnapshot().changes).toEqual([]);
  });

  it('creates a row with the key it was given, so a repeated save cannot duplicate it', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const [created, again] = await Promise.all([
      session.createRow('keyContacts', checked('keyContacts', { ContactName: 'Lee Harding' }), 'contact-new'),
      session.createRow('keyContacts', checked('keyContacts', { ContactName: 'Lee Harding' }), 'contact-new'),
    ]);
    expect(created?.key).toBe('contact-new');
    expect(again?.id).toBe(created?.id);
    expect(session.getSnapshot().plan!.sections.keyContacts.map((r) => r.key)).toEqual(['contact-1', 'contact-new']);
    expect(store.stored('keyContacts')).toHaveLength(2);
  });

  it('waits for a row to be created before changing it', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const release = store.hold();
    void session.createRow('supportChecklist', checked('supportChecklist', checklistItem('x').values), 'check-2');
    await settled();
    const tick = session.updateRow('supportChecklist', 'check-2', checkedChanges('supportChecklist', { Announce: true }));
    release();
    expect(await tick).toBe(true);
    expect(store.stored('supportChecklist').find((r) => r.key === 'check-2')?.values.Announce).toBe(true);
  });

  it('reports a stale save as a conflict holding both versions, field by field', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.editAsSomeoneElse('keyContacts', 'contact-1', { Organisation: 'Theirs' });
    expect(await session.updateRow('keyContacts', 'contact-1', checkedChanges('keyContacts', { Organisation: 'Mine' }))).toBe(false);
    const { conflict, plan } = session.getSnapshot();
    expect(conflict).toMatchObject({ kind: 'update', key: 'contact-1', fields: [{ field: 'Organisation', mine: 'Mine', theirs: 'Theirs', differs: true }] });
    expect(plan!.sections.keyContacts[0]!.values.Organisation).toBe('Theirs');
  });

  it('saves merged values on top of the other version once the person chooses', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.editAsSomeoneElse('keyContacts', 'contact-1', { Organisation: 'Theirs', ContactRole: 'Their role' });
    await session.updateRow('keyContacts', 'contact-1', checkedChanges('keyContacts', { Organisation: 'Mine', ContactRole: 'My role' }));
    expect(await session.resolveConflict({ ContactRole: 'My role' })).toBe(true);
    expect(store.stored('keyContacts')[0]!.values).toMatchObject({ Organisation: 'Theirs', ContactRole: 'My role' });
    expect(session.getSnapshot()).toMatchObject({ conflict: undefined, changes: [] });
  });

  it('keeps the other version when the person takes theirs', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.editAsSomeoneElse('keyContacts', 'contact-1', { Organisation: 'Theirs' });
    await session.updateRow('keyContacts', 'contact-1', checkedChanges('keyContacts', { Organisation: 'Mine' }));
    expect(await session.resolveConflict('theirs')).toBe(true);
    expect(store.stored('keyContacts')[0]!.values.Organisation).toBe('Theirs');
    expect(session.getSnapshot().plan!.sections.keyContacts[0]!.values.Organisation).toBe('Theirs');
  });

  it('asks before deleting a row someone else changed, and deletes it only when told to', async () => {
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.editAsSomeoneElse('keyContacts', 'contact-1', { Organisation: 'Theirs' });
    expect(await session.deleteRow('keyContacts', 'contact-1')).toBe(false);
    expect(session.getSnapshot().conflict).toMatchObject({ kind: 'delete', key: 'contact-1' });
    expect(store.stored('keyContacts')).toHaveLength(1);
    expect(await session.resolveConflict('mine')).toBe(true);
    expect(store.stored('keyContacts')).toHaveLength(0);
    expect(session.getSnapshot().plan!.sections.keyContacts).toHaveLength(0);
  });
});
