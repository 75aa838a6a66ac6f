import { LOCAL_SITE_DOMAIN, localTenantId } from '../../src/server/local-entra/local-entra';
import type { LocalIssuer } from '../../src/server/local-entra/local-issuer';
import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { openServiceSite, type ServiceSite } from '../support/service-site';
import { claimsFrom, hmacWithPublicKey, signedBy, signedByStranger, unsigned } from './support/forged-tokens';

/**
 * The plan service attacked over HTTP, as a council's person, a guest, a person named nowhere, a
 * manager and with forged tokens. Each probe fails while its hole is open.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const MANAGER_GROUP = '0b6f3c1e-0000-4000-8000-00000000a11a';
const GUEST = 'visiting.officer@elsewhere.example';
const NOBODY = 'someone.else@census.example';

let site: ServiceSite;
let census: LocalIssuer;
let kestrelTenant: LocalIssuer;
beforeAll(async () => {
  site = await openServiceSite({ env: { LAPP_MANAGERS: SAMPLE_MANAGER.email, LAPP_MANAGER_GROUPS: MANAGER_GROUP } });
  census = site.server.entra!.issuerFor(localTenantId(LOCAL_SITE_DOMAIN))!;
  kestrelTenant = site.server.entra!.issuerFor(localTenantId(kestrel.domain))!;
});
afterAll(() => site.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const asToken = (method: string, path: string, token: string, body?: unknown) => site.call(method, path, null, body, bearer(token));
/** Every email and phone number of a council's key contacts, as the CEM reads them. */
async function contactsOf(planId: string): Promise<string[]> {
  const plan = (await site.call('GET', `/plans/${planId}`, CEM)).body;
  const contacts = plan.sections.keyContacts as { values: Record<string, unknown> }[];
  return contacts.flatMap((c) => [c.values.Email, c.values.Phone]).filter((v): v is string => typeof v === 'string' && v.length > 3);
}

describe('forged and misdirected tokens', () => {
  it('refuses alg "none", HS256 keyed with the published public key, and a stranger key carrying the real key id', async () => {
    const claims = claimsFrom(census, { preferred_username: CEM });
    for (const token of [unsigned(claims), await hmacWithPublicKey(census, claims), await signedByStranger(census, claims)]) {
      const res = await asToken('GET', '/plans', token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it('refuses a rightly signed token for another audience, from another issuer, expired, or not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    const variants = [
      { aud: 'api://someone-else/0000' },
      { iss: kestrelTenant.issuer },
      { exp: now - 3600, iat: now - 7200, nbf: now - 7200 },
      { nbf: now + 3600 },
    ];
    for (const overrides of variants) {
      const token = await signedBy(census, claimsFrom(census, { preferred_username: CEM, ...overrides }));
      expect((await asToken('GET', '/plans', token)).status).toBe(401);
    }
  });

  it("refuses a council's token that claims the census office's tenant id", async () => {
    const token = await signedBy(kestrelTenant, claimsFrom(kestrelTenant, { tid: census.tenantId, preferred_username: CEM }));
    expect((await asToken('GET', '/plans', token)).status).toBe(401);
  });

  it("refuses an app-only token (no delegated scope) even when it names a person", async () => {
    const token = await signedBy(census, claimsFrom(census, { preferred_username: CEM, scp: undefined, roles: ['Sites.Selected'], idtyp: 'app' }));
    expect((await asToken('GET', '/plans', token)).status).toBe(401);
  });
});

describe("a council's tenant claiming addresses that are not its own", () => {
  it("gets nothing of the census office's by naming a census address: no plans, no roll-up, not a manager", async () => {
    for (const email of [CEM, SAMPLE_MANAGER.email]) {
      const token = await signedBy(kestrelTenant, claimsFrom(kestrelTenant, { preferred_username: email }));
      const plans = await asToken('GET', '/plans', token);
      expect(plans.status === 401 || (plans.status === 200 && plans.body.length === 0)).toBe(true);
      expect([401, 403]).toContain((await asToken('GET', '/rollup', token)).status);
      const me = await asToken('GET', '/me', token);
      if (me.status === 200) expect(me.body.manager).toBe(false);
    }
  });

  it("is no manager by carrying the managers' group id in its own tenant's token", async () => {
    const token = await signedBy(kestrelTenant, claimsFrom(kestrelTenant, { preferred_username: kestrel.staff.email, groups: [MANAGER_GROUP] }));
    const rollup = await asToken('GET', '/rollup', token);
    expect(rollup.status).toBe(403);
    expect(JSON.stringify(rollup.body)).not.toContain(fenmouth.planId);
    expect((await asToken('GET', '/me', token)).body.manager).toBe(false);
  });

  it("does not read the CEM's notification settings or digest by claiming the CEM's address", async () => {
    const token = await signedBy(kestrelTenant, claimsFrom(kestrelTenant, { preferred_username: CEM }));
    for (const path of ['/me/notification-settings', '/me/digest']) expect((await asToken('GET', path, token)).status).toBe(401);
    expect((await asToken('PUT', '/me/notification-settings', token, { off: ['actionAssigned'] })).status).toBe(401);
  });

  it("does not become another council's ACLM through an unverified email claim", async () => {
    const token = await signedBy(kestrelTenant, claimsFrom(kestrelTenant, { preferred_username: undefined, email: fenmouth.aclm.email }));
    const plans = await asToken('GET', '/plans', token);
    if (plans.status === 200) expect(plans.body).toEqual([]);
    else expect(plans.status).toBe(401);
    expect((await asToken('GET', `/plans/${fenmouth.planId}`, token)).status).not.toBe(200);
  });
});

describe('a census office person named nowhere', () => {
  it("cannot read a council's plan by starting it again under their own name", async () => {
    const existing = (await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body.header;
    const again = await site.call('POST', '/plans', NOBODY, {
      council: existing.values.CouncilName,
      census: existing.values.Census,
      values: { Cem: `Someone Else <${NOBODY}>` },
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).not.toContain(kestrel.aclm.email);
    expect((await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body.header.etag).toBe(existing.etag);
    expect((await site.call('GET', `/plans/${kestrel.planId}`, NOBODY)).status).toBe(404);
  });
});

describe('a guest of the census tenant', () => {
  it('starts no plan and cannot search the census directory', async () => {
    const created = await site.call('POST', '/plans', GUEST, { council: 'Guest Borough Council', census: '2031', values: { Cem: `Visiting Officer <${GUEST}>` } });
    expect(created.status).toBe(403);
    const plans = (await site.call('GET', '/plans', CEM)).body as { header: { values: Record<string, unknown> } }[];
    expect(JSON.stringify(plans)).not.toContain('Guest Borough');
    expect((await site.call('GET', '/people?search=av', GUEST)).status).toBe(403);
  });

  it('sees no plan, no roll-up and no site-wide changes', async () => {
    expect((await site.call('GET', '/plans', GUEST)).body).toEqual([]);
    expect((await site.call('GET', '/rollup', GUEST)).status).toBe(403);
    expect((await site.call('GET', '/changes', GUEST)).body.changes).toEqual([]);
  });
});

describe("another council's contacts, through every route", () => {
  const as = kestrel.staff.email;

  it("never shows Fenmouth's contacts' emails or phone numbers to Kestrel Vale's staff", async () => {
    const secrets = await contactsOf(fenmouth.planId);
    expect(secrets.length).toBeGreaterThan(0);
    const answers = [
      await site.call('GET', '/plans', as),
      await site.call('GET', `/plans/${fenmouth.planId}`, as),
      await site.call('GET', `/plans/${fenmouth.planId}/changes`, as),
      await site.call('POST', `/plans/${fenmouth.planId}/changes`, as, {}),
      await site.call('GET', '/changes', as),
      await site.call('POST', '/changes', as, { sections: ['keyContacts', 'plan'] }),
      await site.call('GET', '/rollup', as),
      await site.call('GET', '/people?search=de', as),
      await site.call('GET', '/me/digest', as),
      await site.call('POST', `/plans/${fenmouth.planId}/presence`, as, { activity: 'viewing' }),
      await site.call('POST', `/plans/${fenmouth.planId}/signature-requests`, as, {}),
      await site.call('PUT', `/plans/${fenmouth.planId}/documents/plan.docx`, as, 'x', { 'Content-Type': 'application/octet-stream' }),
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer.body ?? '');
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain(fenmouth.clm.email);
    }
    expect(answers[1]!.status).toBe(404);
    expect(answers[6]!.status).toBe(403);
  });

  it("refuses another council's event stream, and a Last-Event-ID from it replays nothing of it", async () => {
    const other = await fetch(`${site.apiUrl}/plans/${fenmouth.planId}/events`, { headers: bearer(await site.tokenFor(as)) });
    expect(other.status).toBe(404);
    await other.text();
    // A Fenmouth event, with its id as a Fenmouth reader's browser holds it.
    const cemStream = await openStream(fenmouth.planId, CEM);
    const contact = (await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body.sections.keyContacts[0];
    const phone = '01632 960 777';
    expect((await site.call('PATCH', `/plans/${fenmouth.planId}/sections/keyContacts/rows/${encodeURIComponent(contact.key)}`, CEM, { changes: { Phone: phone } })).status).toBe(200);
    const fenmouthId = await cemStream.idOf(phone);
    cemStream.close();
    const own = await openStream(kestrel.planId, as, { 'Last-Event-ID': fenmouthId });
    await new Promise((resolve) => setTimeout(resolve, 600));
    own.close();
    expect(own.text()).not.toContain(phone);
    expect(own.text()).not.toContain(fenmouth.planId);
  });
});

describe('someone taken off a plan', () => {
  it('stops getting its events on a stream opened while they were on it', async () => {
    const harrowgate = SAMPLE_COUNCILS.harrowgateMoor;
    const planPath = `/plans/${harrowgate.planId}`;
    const headerPath = `${planPath}/sections/plan/rows/${harrowgate.planId}`;
    const original = (await site.call('GET', planPath, CEM)).body.header.values.Aclm;
    // A stand-in ACLM, a guest from outside the council's domain, so only the plan names them.
    const standIn = 'acting.aclm@elsewhere.example';
    expect((await site.call('PATCH', headerPath, CEM, { changes: { Aclm: `Acting ACLM <${standIn}>` } })).status).toBe(200);
    const stream = await openStream(harrowgate.planId, standIn);
    await stream.waitFor('event: ready');
    expect((await site.call('PATCH', headerPath, CEM, { changes: { Aclm: original } })).status).toBe(200);
    expect((await site.call('GET', planPath, standIn)).status).toBe(404);
    const watcher = await openStream(harrowgate.planId, CEM);
    await watcher.waitFor('event: ready');
    const contact = (await site.call('GET', planPath, CEM)).body.sections.keyContacts[0];
    const phone = '01632 960 555';
    expect((await site.call('PATCH', `${planPath}/sections/keyContacts/rows/${encodeURIComponent(contact.key)}`, CEM, { changes: { Phone: phone } })).status).toBe(200);
    await watcher.waitFor(phone);
    await new Promise((resolve) => setTimeout(resolve, 300));
    watcher.close();
    stream.close();
    expect(stream.text()).not.toContain(phone);
  });
});

describe('event streams given nonsense to catch up from', () => {
  it('start afresh (or say resync) for a garbage, huge or foreign Last-Event-ID, and keep serving', async () => {
    for (const id of ['../../etc/passwd', 'x'.repeat(4000), '99999999999999999999-1', '-1', 'ünïcode-ïd']) {
      const stream = await openStream(kestrel.planId, kestrel.aclm.email, { 'Last-Event-ID': id });
      await stream.waitFor('event: ');
      stream.close();
      expect(stream.text()).toMatch(/event: (ready|resync)/);
    }
    expect((await site.call('GET', '/plans', kestrel.aclm.email)).status).toBe(200);
  });
});

/** An SSE stream read as text; `idOf` waits for an event whose data holds `needle`. */
async function openStream(planId: string, email: string, extra: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(`${site.apiUrl}/plans/${planId}/events`, { headers: { ...bearer(await site.tokenFor(email)), ...extra }, signal: abort.signal });
  expect(res.status).toBe(200);
  let text = '';
  const reader = res.body!.getReader();
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += Buffer.from(value).toString('utf8');
      }
    } catch {
      // aborted
    }
  })();
  return {
    text: () => text,
    close: () => {
      abort.abort();
      void pump;
    },
    async waitFor(needle: string): Promise<void> {
      for (let i = 0; i < 100 && !text.includes(needle); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      if (!text.includes(needle)) throw new Error(`The stream never said ${needle}.`);
    },
    async idOf(needle: string): Promise<string> {
      for (let i = 0; i < 100; i++) {
        const frame = text.split('\n\n').find((f) => f.includes(needle));
        const id = frame && /^id: (.+)$/m.exec(frame)?.[1];
        if (id) return id;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No event with ${needle} arrived.`);
    },
  };
}

describe('the edge of the service', () => {
  it('answers malformed, traversing and NUL-carrying addresses with 4xx and keeps serving', async () => {
    const paths = ['/plans/%E0%A4%A', '/plans/%C0%AF', '/plans/..%2F..%2Fadmin%2Fprovision', '/plans/%2e%2e/sections/plan/rows/x', '/plans/a%00b', `/plans/${'x'.repeat(9000)}`];
    for (const path of paths) {
      const res = await site.call('GET', path, kestrel.aclm.email);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await site.call('GET', '/plans', kestrel.aclm.email)).status).toBe(200);
  });

  it('refuses deeply nested JSON, prototype keys and odd row keys with 400, and keeps serving', async () => {
    const rows = `/plans/${kestrel.planId}/sections/keyContacts/rows`;
    const deep = `{"key":"deep-1","values":{"ContactName":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`;
    expect((await site.call('POST', rows, kestrel.aclm.email, deep)).status).toBe(400);
    const proto = '{"key":"proto-1","values":{"__proto__":{"PlanId":"fenmouth-borough-council"},"ContactName":"P"}}';
    const protoRes = await site.call('POST', rows, kestrel.aclm.email, proto);
    expect(protoRes.status).toBe(400);
    for (const key of ['x'.repeat(300), 'line\r\nbreak', 'tab\tkey']) {
      const res = await site.call('POST', rows, kestrel.aclm.email, { key, values: { ContactName: 'Odd key' } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/key/i);
    }
    expect((await site.call('GET', '/plans', kestrel.aclm.email)).status).toBe(200);
  });

  it('refuses a body of fifty thousand made-up fields quickly, and keeps serving', async () => {
    const values = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`F${i}`, 'x']));
    const started = Date.now();
    const res = await site.call('POST', `/plans/${kestrel.planId}/sections/keyContacts/rows`, kestrel.aclm.email, { key: 'wide-1', values });
    expect(res.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await site.call('GET', '/plans', kestrel.aclm.email)).status).toBe(200);
  });

  it('refuses document names that are not plain file names', async () => {
    const names = ['..', '.hidden.docx', 'a%2Fb.docx', 'a%5Cb.docx', 'line%0D%0ASet-Cookie%3A%20x.docx', 'tab%09name.docx', 'trailing.', 'trailing%20', '_vti_bin.docx'];
    for (const name of names) {
      const res = await site.call('PUT', `/plans/${kestrel.planId}/documents/${name}`, kestrel.aclm.email, 'bytes', { 'Content-Type': 'application/octet-stream' });
      expect([400, 404]).toContain(res.status);
    }
  });

  it("files only Word documents in the census office's library, not pages or scripts", async () => {
    const as = kestrel.aclm.email;
    const html = '<html><script>alert(document.cookie)</script></html>';
    const attempts = [
      ['evil.html', 'text/html'],
      ['evil.aspx', 'text/plain'],
      ['evil.svg', 'image/svg+xml'],
      ['looks-like.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const;
    for (const [name, type] of attempts) {
      const res = await site.call('PUT', `/plans/${kestrel.planId}/documents/${name}`, as, html, { 'Content-Type': type });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/Word/);
    }
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const filed = await fetch(`${site.apiUrl}/plans/${kestrel.planId}/documents/kestrel-export.docx`, {
      method: 'PUT',
      headers: { ...bearer(await site.tokenFor(as)), 'Content-Type': 'text/html' },
      body: docx,
    });
    expect(filed.status).toBe(201);
    await filed.text();
  });

  it('names no foreign origin in CORS answers and refuses a foreign Host', async () => {
    const token = await site.tokenFor(kestrel.aclm.email);
    const read = await fetch(`${site.apiUrl}/plans`, { headers: { ...bearer(token), Origin: 'https://evil.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    await read.text();
    const write = await fetch(`${site.apiUrl}/plans/${kestrel.planId}/sections/keyContacts/rows`, {
      method: 'POST',
      headers: { ...bearer(token), Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: 'cors-1', values: { ContactName: 'C' } }),
    });
    expect(write.status).toBe(403);
    await write.text();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${site.apiUrl}/plans`, { headers: { ...bearer(token), Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('people with a role in the plan, reaching past it', () => {
  const headerPath = (planId: string) => `/plans/${planId}/sections/plan/rows/${planId}`;
  /** Every row of a plan as key → etag, to show nothing changed. */
  async function fingerprint(planId: string): Promise<string> {
    const plan = (await site.call('GET', `/plans/${planId}`, CEM)).body;
    const rows = [plan.header, ...Object.values(plan.sections as Record<string, { key: string; etag: string }[]>).flat()];
    return JSON.stringify(rows.map((r) => [r.key, r.etag]).sort());
  }

  it('lets a manager read every plan but change, sign or file nothing', async () => {
    const before = await fingerprint(kestrel.planId);
    const as = SAMPLE_MANAGER.email;
    expect((await site.call('GET', `/plans/${kestrel.planId}`, as)).status).toBe(200);
    const attempts = [
      await site.call('POST', `/plans/${kestrel.planId}/sections/keyContacts/rows`, as, { key: 'manager-1', values: { ContactName: 'M' } }),
      await site.call('PATCH', headerPath(kestrel.planId), as, { changes: { CouncilName: 'Renamed' } }),
      await site.call('PATCH', headerPath(kestrel.planId), as, { changes: { AclmSignedBy: `Morgan Reyes <${as}>`, SignedSnapshotKey: 'x' } }),
      await site.call('PUT', `/plans/${kestrel.planId}/documents/plan.docx`, as, 'bytes', { 'Content-Type': 'application/octet-stream' }),
      await site.call('POST', `/plans/${kestrel.planId}/signature-requests`, as, {}),
    ];
    for (const res of attempts) expect(res.status).toBe(403);
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it("refuses council staff the plan's details and signing, and the ACLM another plan's rows through their own plan's address", async () => {
    const before = await fingerprint(kestrel.planId);
    const staff = kestrel.staff.email;
    expect((await site.call('PATCH', headerPath(kestrel.planId), staff, { changes: { CouncilTenantId: localTenantId(fenmouth.domain) } })).status).toBe(403);
    expect((await site.call('PATCH', headerPath(kestrel.planId), staff, { changes: { AclmSignedBy: `Bethan Hughes <${staff}>`, SignedSnapshotKey: 'x' } })).status).toBe(403);
    expect((await site.call('POST', `/plans/${kestrel.planId}/sections/plan/rows`, staff, { key: 'second-header', values: {} })).status).toBe(404);
    const fenmouthContact = (await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body.sections.keyContacts[0];
    const sideways = `/plans/${kestrel.planId}/sections/keyContacts/rows/${encodeURIComponent(fenmouthContact.key)}`;
    expect((await site.call('PATCH', sideways, kestrel.aclm.email, { changes: { Phone: '01632 960 000' } })).status).toBe(404);
    expect((await site.call('DELETE', sideways, kestrel.aclm.email)).status).toBe(404);
    expect(await fingerprint(kestrel.planId)).toBe(before);
    expect((await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body.sections.keyContacts[0].etag).toBe(fenmouthContact.etag);
  });

  it('lets nobody add parts to the signed version, nor sign on a version with parts missing', async () => {
    const planPath = `/plans/${kestrel.planId}`;
    const rows = `${planPath}/sections/snapshots/rows`;
    const signedKey = (await site.call('GET', planPath, CEM)).body.header.values.SignedSnapshotKey as string;
    expect(signedKey).toBeTruthy();
    const before = await fingerprint(kestrel.planId);
    const extra = (Part: number, Parts: number) => ({ SnapshotKey: signedKey, Part, Parts, Content: '{"forged":true}' });
    const attempts = [
      await site.call('POST', rows, CEM, { key: 'cem-extra-part', values: { ...extra(2, 2), Reason: 'Shared' } }),
      await site.call('POST', rows, kestrel.aclm.email, { key: 'aclm-duplicate-part', values: { ...extra(1, 1), Reason: 'Signed' } }),
      await site.call('POST', rows, kestrel.clm.email, { key: 'clm-extra-part', values: { ...extra(2, 2), Reason: 'Signed' } }),
    ];
    for (const res of attempts) expect([403, 409]).toContain(res.status);
    expect(await fingerprint(kestrel.planId)).toBe(before);

    const half = 'half-written-version';
    expect((await site.call('POST', rows, kestrel.aclm.email, { key: `${half}/1`, values: { SnapshotKey: half, Reason: 'Signed', Part: 1, Parts: 2, Content: '{"format":1,' } })).status).toBe(201);
    const me = `${kestrel.aclm.displayName} <${kestrel.aclm.email}>`;
    const signing = await site.call('PATCH', headerPath(kestrel.planId), kestrel.aclm.email, { changes: { AclmSignedBy: me, SignedSnapshotKey: half } });
    expect(signing.status).toBe(400);
    expect(signing.body.error.message).toMatch(/signed version/);
  });

  it("writes a signature under the signer's own name from their token, whatever name the request gives", async () => {
    const rows = `/plans/${kestrel.planId}/sections/snapshots/rows`;
    const key = 'named-signature';
    expect((await site.call('POST', rows, kestrel.aclm.email, { key: `${key}/1`, values: { SnapshotKey: key, Reason: 'Signed', Part: 1, Parts: 1, Content: '{}' } })).status).toBe(201);
    const signed = await site.call('PATCH', headerPath(kestrel.planId), kestrel.aclm.email, { changes: { AclmSignedBy: `Grace Okafor (CLM) <${kestrel.aclm.email}>`, SignedSnapshotKey: key } });
    expect(signed.status).toBe(200);
    expect(signed.body.values.AclmSignedBy).toBe(`${kestrel.aclm.displayName} <${kestrel.aclm.email}>`);
  });

  it("does not let the CEM write a paper signature over one the ACLM gave in the app", async () => {
    const planPath = `/plans/${kestrel.planId}`;
    const header = (await site.call('GET', planPath, CEM)).body.header;
    expect(header.values.AclmSignedBy).toBeTruthy();
    expect(header.values.AclmSignedOnPaper).not.toBe(true);
    const before = await fingerprint(kestrel.planId);
    const forged = await site.call('PATCH', headerPath(kestrel.planId), CEM, { changes: { AclmSignedBy: `Someone Else <someone@${kestrel.domain}>`, AclmSignedOn: '2030-01-01', AclmSignedOnPaper: true } });
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toMatch(/signed in the app/);
    const cleared = await site.call('PATCH', headerPath(kestrel.planId), CEM, { changes: { AclmSignedBy: null, AclmSignedOnPaper: true } });
    expect(cleared.status).toBe(403);
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it('takes who is present from the token, never from the body', async () => {
    const res = await site.call('POST', `/plans/${kestrel.planId}/presence`, kestrel.staff.email, { email: CEM, displayName: 'Ava Lindqvist', activity: 'viewing' });
    expect(res.status).toBe(400);
  });

  it("gives a council's people nothing straight from SharePoint with a Graph token of their own", async () => {
    const mint = await fetch(`${site.server.url}/_entra/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: kestrel.aclm.email, audience: 'graph' }) });
    const { access_token: token } = (await mint.json()) as { access_token: string };
    const lists = await fetch(`${site.server.standInUrl}/sites/${site.server.siteId}/lists`, { headers: bearer(token) });
    expect([401, 403]).toContain(lists.status);
    await lists.text();
  });
});
