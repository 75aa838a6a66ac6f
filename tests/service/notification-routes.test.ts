import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { graphCaller, PersonSettingsList } from '../../src/service/notifications';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * The notification routes over HTTP, the service over the real stand-in: the CEM asks the ACLM
 * and CLM to sign, each person keeps their own opt-outs (in a SharePoint list of the site), and
 * council people, whom Teams cannot reach across tenants, find the nudges in their digest.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const askPath = `/plans/${kestrel.planId}/signature-requests`;

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

const digestOf = async (email: string) => (await site.call('POST', '/me/digest', email)).body.value as { kind: string; planId: string; about: string; by: { email: string } }[];

describe('asking the ACLM and the CLM to sign', () => {
  it("reaches both (as their digest, across tenants) and each reads it once", async () => {
    const asked = await site.call('POST', askPath, CEM);
    expect(asked).toEqual({ status: 202, body: { asked: 2 } });
    for (const who of [kestrel.aclm.email, kestrel.clm.email]) {
      expect(await digestOf(who)).toEqual([
        expect.objectContaining({ kind: 'signatureRequested', planId: kestrel.planId, about: 'Kestrel Vale District Council', by: expect.objectContaining({ email: CEM }) }),
      ]);
      expect(await digestOf(who)).toEqual([]);
    }
    expect(await digestOf(kestrel.staff.email)).toEqual([]);
  });

  it("is the CEM's alone: the ACLM is refused, another council's people and unknown plans get 404", async () => {
    const byAclm = await site.call('POST', askPath, kestrel.aclm.email);
    expect(byAclm.status).toBe(403);
    expect(byAclm.body.error.message).toMatch(/CEM/);
    expect((await site.call('POST', askPath, fenmouth.aclm.email)).status).toBe(404);
    expect((await site.call('POST', '/plans/no-such-plan/signature-requests', CEM)).status).toBe(404);
    expect((await site.call('GET', askPath, CEM)).status).toBe(405);
    expect(await digestOf(kestrel.clm.email)).toEqual([]);
  });
});

describe("each person's opt-outs", () => {
  it('start with every kind on, and one person turning a kind off leaves the other asked', async () => {
    const start = await site.call('GET', '/me/notification-settings', kestrel.aclm.email);
    expect(start).toEqual({ status: 200, body: { kinds: ['actionAssigned', 'signatureRequested', 'concernRaised'], off: [] } });
    const turned = await site.call('PUT', '/me/notification-settings', kestrel.aclm.email, { off: ['signatureRequested'] });
    expect(turned.body.off).toEqual(['signatureRequested']);

    await site.call('POST', askPath, CEM);
    expect(await digestOf(kestrel.aclm.email)).toEqual([]);
    expect(await digestOf(kestrel.clm.email)).toHaveLength(1);
    // The CLM's own settings are untouched by the ACLM's.
    expect((await site.call('GET', '/me/notification-settings', kestrel.clm.email)).body.off).toEqual([]);

    await site.call('PUT', '/me/notification-settings', kestrel.aclm.email, { off: [] });
    await site.call('POST', askPath, CEM);
    expect(await digestOf(kestrel.aclm.email)).toHaveLength(1);
    await digestOf(kestrel.clm.email);
  });

  it('are kept in SharePoint, where another instance of the service reads them', async () => {
    await site.call('PUT', '/me/notification-settings', fenmouth.clm.email, { off: ['actionAssigned', 'concernRaised'] });
    const token = () => site.server.entra!.appToken();
    const another = new PersonSettingsList(graphCaller(site.server.standInUrl!, token), site.server.siteId!);
    expect(await another.offKinds(fenmouth.clm.email.toUpperCase())).toEqual(['actionAssigned', 'concernRaised']);
    expect(await another.isOff(fenmouth.clm.email, 'signatureRequested')).toBe(false);
  });

  it('keep the digest in SharePoint too: another instance hands it over, and adds at once lose nothing', async () => {
    await site.call('POST', askPath, CEM);
    const token = () => site.server.entra!.appToken();
    const another = new PersonSettingsList(graphCaller(site.server.standInUrl!, token), site.server.siteId!);
    expect(await another.take(kestrel.aclm.email)).toEqual([expect.objectContaining({ kind: 'signatureRequested', planId: kestrel.planId })]);
    expect(await digestOf(kestrel.aclm.email)).toEqual([]);
    await digestOf(kestrel.clm.email);

    const note = (about: string) => ({ kind: 'actionAssigned' as const, to: kestrel.staff.email, planId: kestrel.planId, section: 'actions', rowKey: about, about, by: { email: CEM, displayName: 'Ava' } });
    await Promise.all(['one', 'two', 'three'].map((about) => another.add(note(about))));
    expect((await digestOf(kestrel.staff.email)).map((n) => n.about).sort()).toEqual(['one', 'three', 'two']);
  });

  it('refuse what is not a list of known kinds, with the kinds named, and change nothing', async () => {
    for (const body of [{ off: ['everything'] }, { off: 'actionAssigned' }, {}]) {
      const res = await site.call('PUT', '/me/notification-settings', fenmouth.aclm.email, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/actionAssigned, signatureRequested, concernRaised/);
    }
    expect((await site.call('GET', '/me/notification-settings', fenmouth.aclm.email)).body.off).toEqual([]);
    expect((await site.call('GET', '/me/notification-settings', null)).status).toBe(401);
  });
});
