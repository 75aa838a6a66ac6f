import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { planFingerprint, rowsPath } from '../support/plan-fingerprint';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * An action or a decision may be linked to the row it came from (LinkedSection + LinkedRowKey):
 * the browser sends both, so the service checks that the pair names a row of the plan written,
 * in a section the schema has. A refusal stores nothing.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const ACLM = kestrel.aclm.email;

let site: ServiceSite;
let kestrelOffer: string;
let fenmouthOffer: string;
let fenmouthConcern: string;
beforeAll(async () => {
  site = await openServiceSite();
  const kestrelPlan = (await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body;
  const fenmouthPlan = (await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body;
  kestrelOffer = kestrelPlan.sections.offersOfHelp[0].key;
  fenmouthOffer = fenmouthPlan.sections.offersOfHelp[0].key;
  fenmouthConcern = fenmouthPlan.sections.concernsRaised[0].key;
});
afterAll(() => site.close());

const fingerprint = (planId: string) => planFingerprint(site, planId, CEM);

function expectRefused(res: { status: number; body: any }, code: string, message: RegExp): void {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(message);
  expect(res.body.error.message).toMatch(/Nothing was saved\.$/);
}

/** The ACLM adds an action to Kestrel Vale's plan, linked (or not) as `linked` says. */
const actionByAclm = (key: string, linked: Record<string, string | null>) =>
  site.call('POST', rowsPath(kestrel.planId, 'actions'), ACLM, { key, values: { ActionTitle: `Action ${key}`, Status: 'Open', ...linked } });

describe('linking a new row to the row it came from', () => {
  it("refuses an action or a decision linked to another council's row, and stores nothing", async () => {
    const before = await fingerprint(kestrel.planId);
    expectRefused(
      await actionByAclm('link-action-1', { LinkedSection: 'offersOfHelp', LinkedRowKey: fenmouthOffer }),
      'rowNotInPlan',
      /^Linked row: ".+" is not a row of this plan\./,
    );
    expectRefused(
      await site.call('POST', rowsPath(kestrel.planId, 'decisions'), CEM, { key: 'link-decision-1', values: { DecisionText: 'Borrowed', LinkedSection: 'concernsRaised', LinkedRowKey: fenmouthConcern } }),
      'rowNotInPlan',
      /^Linked row: /,
    );
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it("refuses a link to another plan's header without telling whether that plan exists", async () => {
    const before = await fingerprint(kestrel.planId);
    const other = await actionByAclm('link-header-1', { LinkedSection: 'plan', LinkedRowKey: fenmouth.planId });
    const none = await actionByAclm('link-header-2', { LinkedSection: 'plan', LinkedRowKey: 'no-such-plan' });
    expectRefused(other, 'rowNotInPlan', /is not a row of this plan/);
    expect(none.body.error).toEqual({ ...other.body.error, message: other.body.error.message.replace(fenmouth.planId, 'no-such-plan') });
    expect(await fingerprint(kestrel.planId)).toBe(before);
    const own = await actionByAclm('link-header-own', { LinkedSection: 'plan', LinkedRowKey: kestrel.planId });
    expect(own.status).toBe(201);
  });

  it('refuses a section the plan does not have, and a row key with no section to find it in', async () => {
    const before = await fingerprint(kestrel.planId);
    expectRefused(
      await actionByAclm('link-action-2', { LinkedSection: 'secretMinutes', LinkedRowKey: kestrelOffer }),
      'unknownSection',
      /^Linked section: "secretMinutes" is not a section of the plan\./,
    );
    expectRefused(
      await actionByAclm('link-action-3', { LinkedRowKey: kestrelOffer }),
      'linkWithoutSection',
      /^Linked row: ".+" needs the section it is in \(Linked section\)\./,
    );
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it("takes links to the plan's own rows from the CEM and the ACLM at once, and a section alone", async () => {
    const [fromAclm, fromCem, sectionOnly] = await Promise.all([
      actionByAclm('link-own-aclm', { LinkedSection: 'offersOfHelp', LinkedRowKey: kestrelOffer }),
      site.call('POST', rowsPath(kestrel.planId, 'decisions'), CEM, { key: 'link-own-cem', values: { DecisionText: 'About our offer', LinkedSection: 'offersOfHelp', LinkedRowKey: kestrelOffer } }),
      actionByAclm('link-own-section', { LinkedSection: 'concernsRaised' }),
    ]);
    expect([fromAclm.status, fromCem.status, sectionOnly.status]).toEqual([201, 201, 201]);
    expect(fromCem.body.values.LinkedRowKey).toBe(kestrelOffer);
  });

  it('takes a row that has not reached SharePoint yet (made offline, sent after the row linking to it)', async () => {
    const res = await actionByAclm('link-early', { LinkedSection: 'offersOfHelp', LinkedRowKey: 'offer-still-in-an-outbox' });
    expect(res.status).toBe(201);
  });
});

describe('changing what a row is linked to', () => {
  it("refuses moving either half of a link onto another council's row, and leaves the action as it was", async () => {
    const made = await actionByAclm('link-move', { LinkedSection: 'offersOfHelp', LinkedRowKey: kestrelOffer });
    expect(made.status).toBe(201);
    const path = `${rowsPath(kestrel.planId, 'actions')}/link-move`;
    const before = await fingerprint(kestrel.planId);
    // The key alone: the section the row already holds finds the other council's offer.
    expectRefused(await site.call('PATCH', path, ACLM, { changes: { LinkedRowKey: fenmouthOffer } }, { 'If-Match': made.body.etag }), 'rowNotInPlan', /^Linked row: /);
    expectRefused(await site.call('PATCH', path, ACLM, { changes: { LinkedSection: 'nowhere' } }, { 'If-Match': made.body.etag }), 'unknownSection', /^Linked section: /);
    expect(await fingerprint(kestrel.planId)).toBe(before);
    const renamed = await site.call('PATCH', path, ACLM, { changes: { ActionTitle: 'Still linked to our offer' } }, { 'If-Match': made.body.etag });
    expect(renamed.status).toBe(200);
    expect(renamed.body.values.LinkedRowKey).toBe(kestrelOffer);
  });

  it('costs SharePoint nothing more for a link to a row of a plan the service has served', async () => {
    await site.call('GET', `/plans/${kestrel.planId}`, ACLM);
    const before = site.server.standIn!.usage().total;
    const linked = await site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'link-cost-1', values: { DecisionText: 'Linked', LinkedSection: 'offersOfHelp', LinkedRowKey: kestrelOffer } });
    expect(linked.status).toBe(201);
    const after = site.server.standIn!.usage().total;
    await site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'link-cost-2', values: { DecisionText: 'Not linked' } });
    expect(after - before).toBe(site.server.standIn!.usage().total - after);
  });
});
