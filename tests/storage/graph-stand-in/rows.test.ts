import { STRAND_CHOICES, sectionById } from '../../../src/plan';
import { ConflictError, NotFoundError } from '../../../src/storage/errors';
import { openPlanSite, type PlanSite } from './stand-in-site';
import { checked, checkedChanges } from '../../support/checked-values';

let site: PlanSite;

beforeAll(async () => {
  site = await openPlanSite('Wrenfield Borough Council');
});
afterAll(() => site.standIn.close());

const action = (key: string, values: Record<string, string | null> = {}) => ({
  section: 'actions' as const,
  planId: site.planId,
  key,
  values: checked('actions', { ActionTitle: 'Book rooms at the library', Status: 'Open', ...values }),
});

describe('a row through its life', () => {
  it('is created, read back in its plan, changed, and deleted', async () => {
    const created = await site.store.createRow({ ...action('life-1', { DueDate: '2031-06-20' }), order: 2 });
    expect(created).toMatchObject({ key: 'life-1', planId: site.planId, order: 2, values: { ActionTitle: 'Book rooms at the library', DueDate: '2031-06-20' } });
    expect(created.etag).not.toBe('');

    const loaded = (await site.store.loadPlan(site.planId)).sections.actions.find((r) => r.key === 'life-1');
    expect(loaded).toMatchObject({ id: created.id, etag: created.etag, values: { DueDate: '2031-06-20', Status: 'Open' } });

    const updated = await site.store.updateRow({ section: 'actions', planId: created.planId, key: created.key, etag: created.etag, changes: checkedChanges('actions', { Status: 'Done', Owner: 'ACLM' })});
    expect(updated.values).toMatchObject({ Status: 'Done', Owner: 'ACLM', DueDate: '2031-06-20' });
    expect(updated.etag).not.toBe(created.etag);

    const cleared = await site.store.updateRow({ section: 'actions', planId: created.planId, key: created.key, etag: updated.etag, changes: checkedChanges('actions', { Owner: null })});
    expect(cleared.values['Owner']).toBeNull();

    await site.store.deleteRow({ section: 'actions', planId: created.planId, key: created.key, etag: cleared.etag });
    expect((await site.store.loadPlan(site.planId)).sections.actions.some((r) => r.key === 'life-1')).toBe(false);
  });

  it('refuses a change based on a stale ETag with ConflictError carrying the row as it is', async () => {
    const row = await site.store.createRow(action('stale-1'));
    const theirs = await site.store.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { Status: 'In progress' })});
    const mine = site.store.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { Status: 'Dropped' })});
    await expect(mine).rejects.toBeInstanceOf(ConflictError);
    await expect(mine).rejects.toMatchObject({ current: { etag: theirs.etag, values: { Status: 'In progress' } } });
    const deleting = site.store.deleteRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag });
    await expect(deleting).rejects.toBeInstanceOf(ConflictError);
    expect((await site.store.loadPlan(site.planId)).sections.actions.find((r) => r.id === row.id)?.values['Status']).toBe('In progress');
  });

  it('treats deleting a row that is already gone as done', async () => {
    const row = await site.store.createRow(action('gone-1'));
    await site.store.deleteRow({ section: 'actions', planId: row.planId, key: row.key });
    await expect(site.store.deleteRow({ section: 'actions', planId: row.planId, key: row.key })).resolves.toBeUndefined();
  });

  it('returns the same row when a create is sent twice with one key', async () => {
    const first = await site.store.createRow(action('twice-1'));
    const second = await site.store.createRow(action('twice-1'));
    expect(second.id).toBe(first.id);
    expect((await site.store.loadPlan(site.planId)).sections.actions.filter((r) => r.key === 'twice-1')).toHaveLength(1);
  });

  it('does not duplicate a create whose answer was lost after the server saved it', async () => {
    let dropped = false;
    const losingFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!dropped && init?.method === 'POST' && String(input).endsWith('/items')) {
        dropped = true;
        await response.body?.cancel();
        throw new TypeError('fetch failed'); // the row was written; its answer never arrives
      }
      return response;
    }) as typeof fetch;
    const row = await site.storeFor({ fetchImpl: losingFetch }).createRow(action('lost-1'));
    expect(dropped).toBe(true);
    expect(row.key).toBe('lost-1');
    expect((await site.store.loadPlan(site.planId)).sections.actions.filter((r) => r.key === 'lost-1')).toHaveLength(1);
  });

  it('finds a key with a quote in it', async () => {
    const row = await site.store.createRow(action("O'Brien%27s"));
    const again = await site.store.createRow(action("O'Brien%27s"));
    expect(again.id).toBe(row.id);
    expect(again.key).toBe("O'Brien%27s");
  });
});

describe('the signed-in person and documents', () => {
  it('knows who is calling, by token', async () => {
    await expect(site.store.whoAmI()).resolves.toMatchObject({ displayName: 'Ava Lindqvist', email: 'ava.lindqvist@census.example' });
    const sam = site.storeFor({ getToken: () => site.standIn.tokenFor('sam.example@wrenfield.example') });
    await expect(sam.whoAmI()).resolves.toMatchObject({ email: 'sam.example@wrenfield.example' });
  });

  it('uploads a document to the site library', async () => {
    const bytes = new TextEncoder().encode('a small file');
    const saved = await site.store.uploadDocument('Plans/Wrenfield/plan export.docx', bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(saved.name).toBe('plan export.docx');
    const back = await fetch(`${site.standIn.graphBaseUrl}/sites/${site.standIn.siteId}/drive/root:/Plans/Wrenfield/plan%20export.docx:/content`, { headers: { Authorization: `Bearer ${await site.standIn.tokenFor('ava.lindqvist@census.example')}` } });
    expect(await back.text()).toBe('a small file');
    await expect(site.store.uploadDocument('Plans/../secret.docx', bytes, 'text/plain')).rejects.toThrow(/not a usable document path/);
  });
});

describe('plans', () => {
  it('lists the plans on the site and loads none that is not there', async () => {
    await site.store.createPlan({ council: 'Ashby Marsh Council', census: 'Census 2031' });
    const plans = await site.store.listPlans();
    expect(plans.map((p) => p.council)).toEqual(['Ashby Marsh Council', 'Wrenfield Borough Council']);
    await expect(site.store.loadPlan('no-such-plan')).rejects.toBeInstanceOf(NotFoundError);
  });

  it("leaves out a plan row typed into the list by hand whose key is no plan id, so the others still list", async () => {
    const answer = await fetch(`${site.standIn.graphBaseUrl}/sites/${encodeURIComponent(site.standIn.siteId)}/lists/${encodeURIComponent(sectionById('plan').list)}/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await site.standIn.tokenFor('ava.lindqvist@census.example')}` },
      body: JSON.stringify({ fields: { ClientKey: "St Aldric's", CouncilName: "St Aldric's Council", Census: 'Census 2031' } }),
    });
    expect(answer.status).toBe(201);
    const councils = (await site.store.listPlans()).map((p) => p.council);
    expect(councils).toContain('Wrenfield Borough Council');
    expect(councils).not.toContain("St Aldric's Council");
  });

  it('creates a plan once however often it is asked, with the eight strands in order', async () => {
    const first = await site.store.createPlan({ council: 'Hollin Vale Council', census: 'Census 2031', values: { CensusDay: '2031-03-23' } });
    const again = await site.store.createPlan({ council: 'Hollin Vale Council', census: 'Census 2031' });
    expect(again.id).toBe(first.id);
    const plan = await site.store.loadPlan(first.key);
    expect(plan.header.values).toMatchObject({ CouncilName: 'Hollin Vale Council', CensusDay: '2031-03-23', Cem: 'Ava Lindqvist <ava.lindqvist@census.example>' });
    expect(plan.sections.localPriorities.map((r) => [r.values.Strand, r.values.Priority])).toEqual(STRAND_CHOICES.map((s) => [s, null]));
    await expect(site.store.createPlan({ council: 'Hollin Vale Council', census: 'Census 2041' })).rejects.toMatchObject({ code: 'planExists' });
  });
});
