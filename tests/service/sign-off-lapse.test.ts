/**
 * The plan keeps one signed version. A signature given in the app must never end up standing
 * under words its signer did not see: when the other signer signs a version that says something
 * else, the earlier signature lapses and its signer is asked again; when nothing changed, both
 * signatures stand on the one version.
 */
import { sectionById, signatureValues, validateValues, type Signer } from '../../src/plan';
import { personValue } from '../../src/plan/person';
import { signedVersionOf, splitSignedVersion } from '../../src/plan/signed-version';
import { serverToday } from '../../src/service/rights/server-date';
import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { openServiceSite, type ServiceSite } from '../support/service-site';

const kestrel = SAMPLE_COUNCILS.kestrelVale;
const planId = kestrel.planId;
const HEADER = sectionById('plan');

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

/** Signs as the browser does: keeps the plan as it is now in parts, then records the signature. */
async function sign(who: { email: string; displayName: string }, role: Signer, version: string) {
  const store = site.storeAs(who.email);
  const parts = splitSignedVersion(signedVersionOf(await store.loadPlan(planId)));
  for (const [index, content] of parts.entries()) {
    const values = { SnapshotKey: version, Reason: 'Signed', Part: index + 1, Parts: parts.length, Content: content };
    await store.createRow({ section: 'snapshots', planId, key: `${version}/${index + 1}`, values: validateValues(sectionById('snapshots'), values, 'create') });
  }
  const changes = validateValues(HEADER, signatureValues(role, personValue({ email: who.email, displayName: who.displayName }), serverToday(), version), 'update');
  return (await store.updateRow({ planId, section: 'plan', key: planId, changes })).values;
}

describe('the second signature on a plan', () => {
  it('leaves the first standing when the plan has not changed between them', async () => {
    await sign(kestrel.aclm, 'aclm', 'lapse-test-a');
    const header = await sign(kestrel.clm, 'clm', 'lapse-test-b');
    expect(header).toMatchObject({ SignedSnapshotKey: 'lapse-test-b', ClmSignedOn: serverToday(), AclmSignedOn: serverToday() });
    expect(header['AclmSignedBy']).toContain(kestrel.aclm.email);
    expect(header['ClmSignedBy']).toContain(kestrel.clm.email);
  });

  it('lapses the first when the plan changed after it was given, so nobody signs unseen words', async () => {
    const cem = site.storeAs(SAMPLE_CEM.email);
    await cem.updateRow({ planId, section: 'plan', key: planId, changes: validateValues(HEADER, { CensusDay: '2031-03-23' }, 'update') });
    const header = await sign(kestrel.aclm, 'aclm', 'lapse-test-c');
    expect(header['AclmSignedBy']).toContain(kestrel.aclm.email);
    expect(header['SignedSnapshotKey']).toBe('lapse-test-c');
    expect(header['ClmSignedBy'] ?? null).toBeNull();
    expect(header['ClmSignedOn'] ?? null).toBeNull();
    // What every reader sees is the stored header, not only this answer.
    const stored = (await cem.loadPlan(planId)).header.values;
    expect(stored['ClmSignedBy'] ?? null).toBeNull();
    expect(stored['AclmSignedBy']).toContain(kestrel.aclm.email);
    // The CLM, in the council's tenant, finds the request to sign again in their digest.
    const asked = async () => ((await site.call('GET', '/me/digest', kestrel.clm.email)).body.value as { kind: string; by: { email: string } }[]).filter((n) => n.kind === 'signatureRequested');
    for (let tries = 0; tries < 50 && (await asked()).length === 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await asked()).toEqual([expect.objectContaining({ by: expect.objectContaining({ email: kestrel.aclm.email }) })]);
  });

  it('leaves a signature recorded from paper as it was recorded', async () => {
    const cem = site.storeAs(SAMPLE_CEM.email);
    const paper = { ClmSignedBy: kestrel.clm.displayName, ClmSignedOn: '2030-12-01', ClmSignedOnPaper: true };
    await cem.updateRow({ planId, section: 'plan', key: planId, changes: validateValues(HEADER, paper, 'update') });
    await cem.updateRow({ planId, section: 'plan', key: planId, changes: validateValues(HEADER, { CensusDay: '2031-03-24' }, 'update') });
    const header = await sign(kestrel.aclm, 'aclm', 'lapse-test-d');
    expect(header).toMatchObject(paper);
  });
});
