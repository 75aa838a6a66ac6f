import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { graphCaller, PersonSettingsList } from '../../src/service/notifications';
import { createNudgesClient } from '../../src/storage/service-client';
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

type Item = { id: string; kind: string; planId: string; about: string; by: { email: string } };
const digestOf = async (email: string) => (await site.call('GET', '/me/digest', email)).body.value as Item[];
const seen = (email: string, ids: readonly string[]) => site.call('POST', '/me/digest/seen', email, { ids });
/** Acknowledges everything the person has kept, so the next test starts from nothing. */
const clear = async (email: string) => void (await seen(email, (await digestOf(email)).map((n) => n.id)));

describe('asking the ACLM and the CLM to sign', () => {
  it('reaches both (as their digest, across tenants), kept until each says they have seen it', async () => {
    const asked = await site.call('POST', askPath, CEM);
    expect(asked).toEqual({ status: 202, body: { asked: 2 } });
    for (const who of [kestrel.aclm.email, kestrel.clm.email]) {
      const first = await digestOf(who);
      expect(first).toEqual([
        expect.objectContaining({ id: expect.any(String), kind: 'signatureRequested', planId: kestrel.planId, about: 'Kestrel Vale District Council', by: expect.objectContaining({ email: CEM }) }),
      ]);
      expect(await digestOf(who)).toEqual(first);
      expect(await seen(who, [first[0]!.id])).toEqual({ status: 200, body: { value: [] } });
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

describe('the kinds each person is offered', () => {
  const offered = async (email: string) => (await site.call('GET', '/me/notification-settings', email)).body.kinds as string[];

  it('are only those that can reach them, from their role in the plans they have', async () => {
    expect(await offered(CEM)).toEqual(['actionAssigned', 'concernRaised']);
    expect(await offered(kestrel.aclm.email)).toEqual(['actionAssigned', 'signatureRequested']);
    expect(await offered(fenmouth.clm.email)).toEqual(['actionAssigned', 'signatureRequested']);
    expect(await offered(kestrel.staff.email)).toEqual(['actionAssigned']);
    // A manager reads every plan and is named in none: nothing reaches them.
    expect(await offered(SAMPLE_MANAGER.email)).toEqual([]);
  });

  it('come from the caller alone: two people asking at once each get their own', async () => {
    const [cem, aclm] = await Promise.all([offered(CEM), offered(kestrel.aclm.email)]);
    expect(cem).not.toContain('signatureRequested');
    expect(aclm).not.toContain('concernRaised');
  });
});

describe("each person's opt-outs", () => {
  it('start with every kind on, and one person turning a kind off leaves the other asked', async () => {
    const start = await site.call('GET', '/me/notification-settings', kestrel.aclm.email);
    expect(start).toEqual({ status: 200, body: { kinds: ['actionAssigned', 'signatureRequested'], off: [] } });
    const turned = await site.call('PUT', '/me/notification-settings', kestrel.aclm.email, { off: ['signatureRequested'] });
    expect(turned.body.off).toEqual(['signatureRequested']);

    await site.call('POST', askPath, CEM);
    expect(await digestOf(kestrel.aclm.email)).toEqual([]);
    expect(await digestOf(kestrel.clm.email)).toHaveLength(1);
    await clear(kestrel.clm.email);
    // The CLM's own settings are untouched by the ACLM's.
    expect((await site.call('GET', '/me/notification-settings', kestrel.clm.email)).body.off).toEqual([]);

    await site.call('PUT', '/me/notification-settings', kestrel.aclm.email, { off: [] });
    await site.call('POST', askPath, CEM);
    expect(await digestOf(kestrel.aclm.email)).toHaveLength(1);
    await Promise.all([clear(kestrel.aclm.email), clear(kestrel.clm.email)]);
  });

  it('are kept in SharePoint, where another instance of the service reads them', async () => {
    await site.call('PUT', '/me/notification-settings', fenmouth.clm.email, { off: ['actionAssigned', 'concernRaised'] });
    const token = () => site.server.entra!.appToken();
    const another = new PersonSettingsList(graphCaller(site.server.standInUrl!, token), site.server.siteId!);
    expect(await another.offKinds(fenmouth.clm.email.toUpperCase())).toEqual(['actionAssigned', 'concernRaised']);
    expect(await another.isOff(fenmouth.clm.email, 'signatureRequested')).toBe(false);
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

describe('the digest of nudges Teams could not deliver', () => {
  afterEach(() => Promise.all([kestrel.aclm.email, kestrel.clm.email, kestrel.staff.email].map(clear)));

  it('is the same on two devices until one says it was seen, and a nudge kept after the read stays', async () => {
    await site.call('POST', askPath, CEM);
    const [desktop, mobile] = await Promise.all([digestOf(kestrel.aclm.email), digestOf(kestrel.aclm.email)]);
    expect(desktop).toHaveLength(1);
    expect(mobile).toEqual(desktop);

    await site.call('POST', askPath, CEM);
    // The desktop acknowledges what it showed; the nudge kept since is not among it.
    const left = await seen(kestrel.aclm.email, desktop.map((n) => n.id));
    expect(left.status).toBe(200);
    expect(left.body.value).toHaveLength(1);
    expect(left.body.value[0].id).not.toBe(desktop[0]!.id);
    // The phone dismisses the same, later: already gone, so nothing more changes.
    expect(await seen(kestrel.aclm.email, mobile.map((n) => n.id))).toEqual(left);
    expect(await digestOf(kestrel.aclm.email)).toEqual(left.body.value);
  });

  it("acknowledges only the caller's own items: another person's ids and unknown ids change nothing", async () => {
    await site.call('POST', askPath, CEM);
    const aclms = await digestOf(kestrel.aclm.email);
    const clms = await digestOf(kestrel.clm.email);
    expect(await seen(kestrel.clm.email, [...aclms.map((n) => n.id), 'no-such-id'])).toEqual({ status: 200, body: { value: clms } });
    expect(await digestOf(kestrel.aclm.email)).toEqual(aclms);
  });

  it('refuses a body that does not name ids, saying what it must be, and keeps everything', async () => {
    await site.call('POST', askPath, CEM);
    const kept = await digestOf(kestrel.aclm.email);
    const refusals: [unknown, RegExp][] = [
      [{}, /"ids" must be a list/],
      [{ ids: kept[0]!.id }, /"ids" must be a list/],
      [{ ids: [42] }, /42 is not the id of a digest item/],
      [{ ids: [''] }, /"" is not the id of a digest item/],
      [{ ids: Array.from({ length: 201 }, (_, i) => `id-${i}`) }, /at most 200/],
      ['[]', /must be a JSON object/],
      ['{"ids": [', /not valid JSON/],
    ];
    for (const [body, message] of refusals) {
      const res = await site.call('POST', '/me/digest/seen', kestrel.aclm.email, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect((await site.call('POST', '/me/digest', kestrel.aclm.email)).status).toBe(405);
    expect((await site.call('GET', '/me/digest/seen', kestrel.aclm.email)).status).toBe(405);
    expect((await site.call('GET', '/me/digest', null)).status).toBe(401);
    expect((await site.call('POST', '/me/digest/seen', null, { ids: kept.map((n) => n.id) })).status).toBe(401);
    expect(await digestOf(kestrel.aclm.email)).toEqual(kept);
  });

  it("is read and acknowledged by the tab's client, whose fetch outlives the page it leaves", async () => {
    await site.call('POST', askPath, CEM);
    const sent: RequestInit[] = [];
    const recording: typeof fetch = (input, init) => (sent.push(init ?? {}), fetch(input, init));
    const client = createNudgesClient({ baseUrl: site.apiUrl, getToken: () => site.tokenFor(kestrel.clm.email), fetchImpl: recording });
    const kept = await client.readDigest();
    expect(kept).toEqual([expect.objectContaining({ kind: 'signatureRequested', planId: kestrel.planId })]);
    expect(await client.readDigest()).toEqual(kept);
    await client.markDigestSeen(kept.map((n) => n.id));
    expect(sent.at(-1)).toMatchObject({ method: 'POST', keepalive: true });
    expect(await client.readDigest()).toEqual([]);
  });

  it('is kept in SharePoint: another instance reads the same items by the same ids, and adds at once lose nothing', async () => {
    await site.call('POST', askPath, CEM);
    const token = () => site.server.entra!.appToken();
    const another = new PersonSettingsList(graphCaller(site.server.standInUrl!, token), site.server.siteId!);
    const kept = await another.read(kestrel.aclm.email);
    expect(kept.map(({ to: _to, ...item }) => item)).toEqual(await digestOf(kestrel.aclm.email));
    await another.seen(kestrel.aclm.email, kept.map((n) => n.id));
    expect(await digestOf(kestrel.aclm.email)).toEqual([]);

    const note = (about: string) => ({ kind: 'actionAssigned' as const, to: kestrel.staff.email, planId: kestrel.planId, section: 'actions', rowKey: about, about, by: { email: CEM, displayName: 'Ava' } });
    await Promise.all(['one', 'two', 'three'].map((about) => another.add(note(about))));
    const three = await digestOf(kestrel.staff.email);
    expect(three.map((n) => n.about).sort()).toEqual(['one', 'three', 'two']);
    // Seeing one while another is kept at once loses neither the new one nor the other two.
    await Promise.all([seen(kestrel.staff.email, [three[0]!.id]), another.add(note('four'))]);
    expect((await digestOf(kestrel.staff.email)).map((n) => n.about).sort()).toEqual(three.slice(1).map((n) => n.about).concat('four').sort());
  });
});
