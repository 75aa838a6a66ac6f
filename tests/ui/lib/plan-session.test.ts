import { PlanSession } from '../../../src/lib/plan-session';
import { OfflineError } from '../../../src/storage/errors';
import { checklistItem } from '../../agenda/plan-factory';
import { FakePlanStore } from '../support/fake-plan-store';
import { PEOPLE, PLAN_ID, samplePlan } from '../support/sample-plan';

async function openSession(store: FakePlanStore): Promise<PlanSession> {
  const session = new PlanSession(store, PLAN_ID);
  await session.load();
  return session;
}

const ticks = (session: PlanSession) => session.getSnapshot().plan!.sections.supportChecklist[0]!.values;

describe('a plan open in the UI', () => {
  it('sends quick changes to one row in order, each with the ETag the previous one got back', async () => {
    const store = new FakePlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const saves = [
      session.updateRow('supportChecklist', 'check-1', { Announce: true }),
      session.updateRow('supportChecklist', 'check-1', { Address: true }),
      session.updateRow('supportChecklist', 'check-1', { ActNow: true }),
    ];
    expect(ticks(session)).toMatchObject({ Announce: true, Address: true, ActNow: true });
    expect(await Promise.all(saves)).toEqual([true, true, true]);
    expect(session.getSnapshot().conflict).toBeUndefined();
    expect(store.stored('supportChecklist')[0]!.values).toMatchObject({ Announce: true, Address: true, ActNow: true });
  });

  it('undoes only the change storage refused and keeps the others', async () => {
    const store = new FakePlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const gate = store.holdWrites();
    store.failNextWrite(new OfflineError());
    const refused = session.updateRow('supportChecklist', 'check-1', { Announce: true });
    const kept = session.updateRow('supportChecklist', 'check-1', { Address: true });
    gate.release();
    expect([await refused, await kept]).toEqual([false, true]);
    expect(ticks(session)).toMatchObject({ Announce: false, Address: true });
    expect(session.getSnapshot().notice).toMatchObject({ kind: 'offline', section: 'supportChecklist' });
  });

  it('creates a row with the key it was given, so a repeated save cannot duplicate it', async () => {
    const store = new FakePlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const created = await session.createRow('keyContacts', { ContactName: 'Lee Harding' }, 'contact-new');
    expect(created?.key).toBe('contact-new');
    expect(session.getSnapshot().plan!.sections.keyContacts.map((r) => r.key)).toEqual(['contact-1', 'contact-new']);
  });

  it('waits for a row to be created before changing it', async () => {
    const store = new FakePlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    const gate = store.holdWrites();
    void session.createRow('supportChecklist', checklistItem('x').values, 'check-2');
    const tick = session.updateRow('supportChecklist', 'check-2', { Announce: true });
    gate.release();
    expect(await tick).toBe(true);
    expect(store.stored('supportChecklist').find((r) => r.key === 'check-2')?.values.Announce).toBe(true);
  });

  it('reports a stale save as a conflict holding both versions', async () => {
    const store = new FakePlanStore(samplePlan(), PEOPLE.cem);
    const session = await openSession(store);
    store.editAsSomeoneElse('keyContacts', 'contact-1', { Organisation: 'Theirs' });
    expect(await session.updateRow('keyContacts', 'contact-1', { Organisation: 'Mine' })).toBe(false);
    const { conflict } = session.getSnapshot();
    expect(conflict).toMatchObject({ kind: 'update', key: 'contact-1', changes: { Organisation: 'Mine' } });
    expect(conflict?.base.values.Organisation).toBe('Kestrel Vale');
    expect(conflict?.theirs?.values.Organisation).toBe('Theirs');
  });
});
