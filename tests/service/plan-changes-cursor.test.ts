import { applyRowChanges } from '../../src/lib/live';
import { createMemoryPlanStorage, PlanCache } from '../../src/storage/plan-cache';
import { openServiceSite, type ServiceSite } from '../support/service-site';
import { checkedChanges } from '../support/checked-values';

const PLAN = 'kestrel-vale-district-council';
const CEM = 'ava.lindqvist@census.example';
const ACLM = 'priya.raman@kestrelvale.example';

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

describe("a whole plan's change cursor", () => {
  it("brings a device's kept plan up to date with the other person's change, however long the cursor", async () => {
    const storage = createMemoryPlanStorage();
    const cemStore = site.storeAs(CEM);
    const opened = await new PlanCache({ store: cemStore, storage, applyChanges: applyRowChanges }).refresh(PLAN);
    const cursor = (await storage.get(PLAN))!.cursor;
    // One SharePoint delta link per list: far more than a URL may carry.
    expect(cursor.length).toBeGreaterThan(8192);

    const item = opened.plan.sections.supportChecklist[0]!;
    await site.storeAs(ACLM).updateRow({ section: 'supportChecklist', key: item.key, planId: PLAN, etag: item.etag, changes: checkedChanges('supportChecklist', { ActNow: !item.values.ActNow })});

    // The tab opened again on this device: the kept plan, then the changes since its cursor.
    const reopened = await new PlanCache({ store: cemStore, storage, applyChanges: applyRowChanges }).refresh(PLAN);
    expect(reopened.how).toBe('delta');
    expect(reopened.plan.sections.supportChecklist.find((r) => r.key === item.key)?.values.ActNow).toBe(!item.values.ActNow);
    expect(reopened.plan.sections.meetingNotes.length).toBe(opened.plan.sections.meetingNotes.length);
  });

  it('answers a cursor too long for the address with a clear 414, and takes it in a POST body', async () => {
    const { cursor } = await site.storeAs(CEM).changes(['keyContacts']);
    const long = `${cursor}${'A'.repeat(9000)}`;
    expect((await site.call('GET', `/plans/${PLAN}/changes?cursor=${long}`, CEM)).status).toBe(414);
    const posted = await site.call('POST', `/plans/${PLAN}/changes`, CEM, { sections: ['keyContacts'], cursor });
    expect(posted.status).toBe(200);
    expect(posted.body.changes).toEqual([]);
  });

  it('refuses a malformed POST with what is wrong, and a cursor it did not issue', async () => {
    expect(await site.call('POST', '/changes', CEM, { sections: 'keyContacts' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/"sections" must be a list/) } } });
    expect(await site.call('POST', '/changes', CEM, { sections: ['nope'] })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/no section "nope"/) } } });
    expect(await site.call('POST', '/changes', CEM, { cursor: 42 })).toMatchObject({ status: 400 });
    expect(await site.call('POST', '/changes', CEM, { cursor: 'not-ours' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/not issued by this app/) } } });
    expect((await site.call('POST', '/changes', null, {})).status).toBe(401);
  });
});
