import { openPlanSite, type PlanSite } from './stand-in-site';
import { checked, checkedChanges } from '../../support/checked-values';

/**
 * The adapter against the stand-in's imitation of SharePoint's less obvious answers: date-only
 * values kept in the site's zone, create answers with wrong dates, a duplicate key refused with
 * 500, delta without lastModifiedBy and delta links that drop $expand.
 */
const action = (site: PlanSite, key: string, values: Record<string, string | null> = {}) => ({
  section: 'actions' as const,
  planId: site.planId,
  key,
  values: checked('actions', { ActionTitle: 'Book rooms at the library', Status: 'Open', ...values }),
});

describe.each(['America/Los_Angeles', 'Pacific/Honolulu', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo'])('on a site in %s', (siteTimeZone) => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await openPlanSite('Wrenfield Borough Council', { siteTimeZone });
  });
  afterAll(() => site.standIn.close());

  it('keeps every date the day it was given: created, loaded, changed across the clock change', async () => {
    const created = await site.store.createRow(action(site, 'date-1', { DueDate: '2031-06-20' }));
    expect(created.values['DueDate']).toBe('2031-06-20');
    const winter = await site.store.createRow(action(site, 'date-2', { DueDate: '2031-01-05' }));
    const changed = await site.store.updateRow({ section: 'actions', planId: winter.planId, key: winter.key, etag: winter.etag, changes: checkedChanges('actions', { DueDate: '2031-03-30' })});
    expect(changed.values['DueDate']).toBe('2031-03-30');
    const loaded = (await site.store.loadPlan(site.planId)).sections.actions;
    expect(Object.fromEntries(loaded.map((r) => [r.key, r.values['DueDate']]))).toMatchObject({ 'date-1': '2031-06-20', 'date-2': '2031-03-30' });
  });
});

describe('a create whose answer is wrong', () => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await openPlanSite('Wrenfield Borough Council', { siteTimeZone: 'Asia/Tokyo' });
  });
  afterAll(() => site.standIn.close());

  it('enters the plan as SharePoint holds it, not as the answer to the create said', async () => {
    const created = await site.store.createRow(action(site, 'answer-1', { DueDate: '2031-06-20' }));
    const held = (await site.store.loadPlan(site.planId)).sections.actions.find((r) => r.key === 'answer-1')!;
    expect(created.values['DueDate']).toBe('2031-06-20');
    expect(created.created).toBe(held.created);
    expect(created.etag).toBe(held.etag);
  });
});

describe('a duplicate key refused with 500 SPDuplicateValuesFoundException', () => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await openPlanSite('Wrenfield Borough Council', { duplicateStatus: 500 });
  });
  afterAll(() => site.standIn.close());

  it('returns the row the first attempt made when a create is sent again, and makes no second row', async () => {
    const first = await site.store.createRow(action(site, 'retry-1'));
    const again = await site.store.createRow(action(site, 'retry-1'));
    expect(again.id).toBe(first.id);
    const rows = (await site.store.loadPlan(site.planId)).sections.actions.filter((r) => r.key === 'retry-1');
    expect(rows).toHaveLength(1);
  });

  it('still fails a create that made nothing, with SharePoint\'s reason', async () => {
    // A site visitor may not add items: SharePoint refuses, and nothing is made.
    const visitor = site.storeFor({ getToken: () => site.standIn.tokenFor('morgan.reyes@census.example') });
    await expect(visitor.createRow(action(site, 'other-plan'))).rejects.toThrow();
    expect((await site.store.loadPlan(site.planId)).sections.actions.some((r) => r.key === 'other-plan')).toBe(false);
  });
});

describe('changes read from delta', () => {
  let site: PlanSite;
  beforeAll(async () => {
    site = await openPlanSite('Wrenfield Borough Council');
  });
  afterAll(() => site.standIn.close());

  it('carry every value although the delta link dropped $expand, and name the editor only from a read that gave one', async () => {
    const { cursor } = await site.store.changes(['actions']);
    await site.store.createRow(action(site, 'delta-1', { DueDate: '2031-06-20' }));
    const first = await site.store.changes(['actions'], cursor);
    const row = first.changes.find((c) => c.kind === 'upsert' && c.row.key === 'delta-1');
    expect(row).toMatchObject({ kind: 'upsert', row: { values: { ActionTitle: 'Book rooms at the library', DueDate: '2031-06-20' } } });
    const created = row!.kind === 'upsert' ? row!.row : undefined;
    await site.store.updateRow({ section: 'actions', planId: created!.planId, key: created!.key, etag: created!.etag, changes: checkedChanges('actions', { Status: 'Done' })});
    const second = await site.store.changes(['actions'], first.cursor);
    const changed = second.changes.find((c) => c.kind === 'upsert' && c.row.key === 'delta-1');
    expect(changed).toMatchObject({ kind: 'upsert', row: { values: { Status: 'Done', DueDate: '2031-06-20' } } });
    // Delta gave no editor; the item read that filled in the fields did, and only that is shown.
    expect(changed!.kind === 'upsert' && changed!.row.modifiedBy).toBe('Ava Lindqvist');
  });
});
