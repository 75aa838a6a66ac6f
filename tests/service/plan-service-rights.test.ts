import { LOCAL_API_AUDIENCE, LOCAL_ISSUER_BASE, localTenantId } from '../../src/server/local-entra/local-entra';
import { LocalIssuer } from '../../src/server/local-entra/local-issuer';
import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { serverToday } from '../../src/service/rights/server-date';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * The plan service's rights, end to end over HTTP: two kinds of local issuer stand for the two
 * organisations (the census office's tenant, which holds the site, and each council's own), the
 * service over the real stand-in. Every refusal leaves SharePoint as it was.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

const planPath = (planId: string) => `/plans/${planId}`;
const rowsPath = (planId: string, section: string) => `/plans/${planId}/sections/${section}/rows`;
const header = async (planId: string) => (await site.call('GET', planPath(planId), CEM)).body.header;
/** Every row of a plan as key → etag, to show nothing changed. */
async function fingerprint(planId: string): Promise<string> {
  const plan = (await site.call('GET', planPath(planId), CEM)).body;
  const rows = [plan.header, ...Object.values(plan.sections as Record<string, { key: string; etag: string }[]>).flat()];
  return JSON.stringify(rows.map((r) => [r.key, r.etag]).sort());
}

describe('who is calling', () => {
  it('answers 401 to a request without a token, with an unsigned "standin:" bearer, or with garbage', async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: `Bearer standin:${CEM}` }, { Authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' }];
    for (const headers of attempts) {
      const res = await site.call('GET', '/plans', null, undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it("refuses a token from a tenant not on the allow-list, one for Graph instead of the service's API, and an expired one", async () => {
    const stranger = await LocalIssuer.create(localTenantId('stranger.example'), LOCAL_ISSUER_BASE);
    const strangerToken = await stranger.userToken({ objectId: 'o', preferredUsername: 'x@stranger.example', displayName: 'X' }, LOCAL_API_AUDIENCE);
    const graphToken = await site.server.entra!.tokenFor(CEM, 'https://graph.microsoft.com');
    const expired = await site.server.entra!.tokenFor(CEM, undefined, { lifetimeSec: -3600 });
    for (const token of [strangerToken, graphToken, expired]) {
      expect((await site.call('GET', '/plans', null, undefined, { Authorization: `Bearer ${token}` })).status).toBe(401);
    }
  });

  it("knows a guest by the address in the #EXT# sign-in name, and a council's person by their own tenant", async () => {
    const guest = await site.call('GET', '/me', 'visiting.officer@elsewhere.example');
    expect(guest.body).toMatchObject({ email: 'visiting.officer@elsewhere.example', tenantId: localTenantId('census.example') });
    const aclm = await site.call('GET', '/me', kestrel.aclm.email);
    expect(aclm.body).toMatchObject({ email: kestrel.aclm.email, tenantId: localTenantId(kestrel.domain), manager: false, siteOwner: false });
  });
});

describe('what each person sees', () => {
  const ids = async (email: string) => ((await site.call('GET', '/plans', email)).body as { id: string }[]).map((p) => p.id).sort();

  it('shows council staff and the ACLM only their own council, and the CEM and the manager every plan', async () => {
    expect(await ids(kestrel.staff.email)).toEqual([kestrel.planId]);
    expect(await ids(kestrel.aclm.email)).toEqual([kestrel.planId]);
    expect(await ids(fenmouth.clm.email)).toEqual([fenmouth.planId]);
    expect((await ids(CEM)).length).toBe(3);
    expect((await ids(SAMPLE_MANAGER.email)).length).toBe(3);
  });

  it('shows a person named nowhere no plan at all, and answers 404 for a plan they ask for by id', async () => {
    expect(await ids('someone.else@census.example')).toEqual([]);
    expect((await site.call('GET', planPath(kestrel.planId), 'someone.else@census.example')).status).toBe(404);
  });

  it("does not take an address at the council's domain from another tenant as council staff", async () => {
    const fenmouthTenant = site.server.entra!.issuerFor(localTenantId(fenmouth.domain))!;
    const token = await fenmouthTenant.userToken({ objectId: 'p', preferredUsername: `pretender@${kestrel.domain}`, displayName: 'Pretender' }, LOCAL_API_AUDIENCE);
    const res = await site.call('GET', '/plans', null, undefined, { Authorization: `Bearer ${token}` });
    // The domain is Kestrel Vale's tenant's: from any other tenant the address is refused outright.
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/signs in through its own organisation/);
  });

  it("answers 404, not 403, for another council's plan, its rows and its changes, so its existence is not told", async () => {
    const as = kestrel.aclm.email;
    const contact = (await site.call('GET', planPath(fenmouth.planId), CEM)).body.sections.keyContacts[0];
    expect((await site.call('GET', planPath(fenmouth.planId), as)).status).toBe(404);
    expect((await site.call('GET', `${planPath(fenmouth.planId)}/changes`, as)).status).toBe(404);
    const before = await fingerprint(fenmouth.planId);
    expect((await site.call('POST', rowsPath(fenmouth.planId, 'keyContacts'), as, { key: 'intruder-1', values: { ContactName: 'Intruder' } })).status).toBe(404);
    expect((await site.call('PATCH', `${rowsPath(fenmouth.planId, 'keyContacts')}/${encodeURIComponent(contact.key)}`, as, { changes: { Phone: '01632 960 999' } })).status).toBe(404);
    expect((await site.call('DELETE', `${rowsPath(fenmouth.planId, 'keyContacts')}/${encodeURIComponent(contact.key)}`, as)).status).toBe(404);
    expect(await fingerprint(fenmouth.planId)).toBe(before);
  });

  it('keeps admin operations to site owners', async () => {
    for (const email of [kestrel.aclm.email, kestrel.staff.email, SAMPLE_MANAGER.email]) {
      const res = await site.call('POST', '/admin/provision', email, {});
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/owner of the SharePoint site/);
    }
    expect((await site.call('POST', '/admin/provision', CEM, {})).status).toBe(200);
  });
});

describe("the council's ACLM, signed in from the council's own tenant", () => {
  const as = kestrel.aclm.email;

  it('reads and writes their own plan, addressing rows by section and key', async () => {
    const created = await site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), as, { key: 'aclm-contact-1', values: { ContactName: 'Rhian Dale' }, order: 9 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'aclm-contact-1', key: 'aclm-contact-1', planId: kestrel.planId, values: { ContactName: 'Rhian Dale' } });
    const changed = await site.call('PATCH', `${rowsPath(kestrel.planId, 'keyContacts')}/aclm-contact-1`, as, { changes: { Phone: '01632 960 123' } }, { 'If-Match': created.body.etag });
    expect(changed.status).toBe(200);
    expect(changed.body.values.Phone).toBe('01632 960 123');
    const stale = await site.call('PATCH', `${rowsPath(kestrel.planId, 'keyContacts')}/aclm-contact-1`, as, { changes: { Phone: '01632 960 456' } }, { 'If-Match': created.body.etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.values.Phone).toBe('01632 960 123');
  });

  it('signs for themself only, dated by the service', async () => {
    const key = 'signed-by-aclm-test';
    const part = await site.call('POST', rowsPath(kestrel.planId, 'snapshots'), as, { key: `${key}/1`, values: { SnapshotKey: key, Reason: 'Signed', Part: 1, Parts: 1, Content: '{}' } });
    expect(part.status).toBe(201);
    const me = `${kestrel.aclm.displayName} <${as}>`;
    const signed = await site.call('PATCH', `${rowsPath(kestrel.planId, 'plan')}/${kestrel.planId}`, as, { changes: { AclmSignedBy: me, SignedSnapshotKey: key } });
    expect(signed.status).toBe(200);
    expect(signed.body.values).toMatchObject({ AclmSignedBy: me, AclmSignedOn: serverToday(), SignedSnapshotKey: key });
  });
});

describe('forgery and tampering, each refused with a clear message and nothing stored', () => {
  const headerPath = `${rowsPath(kestrel.planId, 'plan')}/${kestrel.planId}`;
  const aclm = kestrel.aclm.email;
  const aclmSelf = `${kestrel.aclm.displayName} <${aclm}>`;

  async function refusedWithNothingStored(planId: string, attempt: () => Promise<{ status: number; body: any }>, status: number, message: RegExp) {
    const before = await fingerprint(planId);
    const res = await attempt();
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect(await fingerprint(planId)).toBe(before);
  }

  it('refuses an ACLM signing in somebody else\'s name', async () => {
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', headerPath, aclm, { changes: { AclmSignedBy: `Someone <someone@${kestrel.domain}>`, SignedSnapshotKey: 'x' } }), 403, /nobody signs for someone else/);
  });

  it('refuses a back-dated signature', async () => {
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', headerPath, aclm, { changes: { AclmSignedBy: aclmSelf, AclmSignedOn: '2030-01-01', SignedSnapshotKey: 'x' } }), 400, /dated by the service/);
  });

  it('refuses the ACLM signing for the CLM, and the CEM signing for either', async () => {
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', headerPath, aclm, { changes: { ClmSignedBy: `${kestrel.clm.displayName} <${kestrel.clm.email}>` } }), 403, /only for themself/);
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', headerPath, CEM, { changes: { AclmSignedBy: aclmSelf } }), 403, /Only the ACLM and the CLM sign/);
  });

  it('refuses a signature that points at no signed version of the plan', async () => {
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', headerPath, aclm, { changes: { AclmSignedBy: aclmSelf, SignedSnapshotKey: 'made-up' } }), 400, /no signed version/);
  });

  it("refuses council staff changing a signed version's content, and adding a fake signed version", async () => {
    const signedKey = (await header(kestrel.planId)).values.SignedSnapshotKey as string;
    const parts = (await site.call('GET', planPath(kestrel.planId), CEM)).body.sections.snapshots as { key: string; values: { SnapshotKey: string } }[];
    const part = parts.find((p) => p.values.SnapshotKey === signedKey)!;
    const staff = kestrel.staff.email;
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', `${rowsPath(kestrel.planId, 'snapshots')}/${encodeURIComponent(part.key)}`, staff, { changes: { Content: '{"forged":true}' } }), 403, /never changed/);
    await refusedWithNothingStored(kestrel.planId, () => site.call('DELETE', `${rowsPath(kestrel.planId, 'snapshots')}/${encodeURIComponent(part.key)}`, aclm), 403, /kept for good/);
    await refusedWithNothingStored(
      kestrel.planId,
      () => site.call('POST', rowsPath(kestrel.planId, 'snapshots'), staff, { key: 'fake-signed/1', values: { SnapshotKey: 'fake-signed', Reason: 'Signed', Part: 1, Parts: 1, Content: '{}' } }),
      403,
      /Only the ACLM or the CLM/,
    );
  });

  it("refuses clearing or moving a row's PlanId", async () => {
    const contact = (await site.call('GET', planPath(kestrel.planId), CEM)).body.sections.keyContacts[0];
    const path = `${rowsPath(kestrel.planId, 'keyContacts')}/${encodeURIComponent(contact.key)}`;
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', path, CEM, { changes: { PlanId: null } }), 400, /can never be cleared or moved/);
    await refusedWithNothingStored(kestrel.planId, () => site.call('PATCH', path, CEM, { changes: { PlanId: fenmouth.planId } }), 400, /can never be cleared or moved/);
  });

  it('answers a create retried with the same key and the same values with the same row, and with different values 409', async () => {
    const body = { key: 'retry-key-1', values: { ContactName: 'Owen Price' } };
    const first = await site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), aclm, body);
    const again = await site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), aclm, body);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.etag).toBe(first.body.etag);
    await refusedWithNothingStored(kestrel.planId, () => site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), aclm, { ...body, values: { ContactName: 'Someone Else' } }), 409, /already used for a different row/);
    // The same key in another plan is no way in either.
    expect((await site.call('POST', rowsPath(fenmouth.planId, 'keyContacts'), CEM, body)).status).toBe(409);
  });

  it("refuses council staff a CEM-only section of their own plan", async () => {
    await refusedWithNothingStored(
      kestrel.planId,
      () => site.call('POST', rowsPath(kestrel.planId, 'communityUpdates'), kestrel.staff.email, { key: 'staff-cu', values: { UpdateDate: '2031-01-09', Community: 'x' } }),
      403,
      /cannot change/,
    );
  });

  it('answers bad JSON with 400 and a body over the limit with 413, and keeps serving', async () => {
    expect((await site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), aclm, '{"key": ')).status).toBe(400);
    const huge = JSON.stringify({ key: 'big', values: { Notes: 'x'.repeat(1_100_000) } });
    expect((await site.call('POST', rowsPath(kestrel.planId, 'keyContacts'), aclm, huge)).status).toBe(413);
    expect((await site.call('GET', '/plans/%E0%A4%A', aclm)).status).toBe(400);
    expect((await site.call('GET', '/plans', aclm)).status).toBe(200);
  });
});
