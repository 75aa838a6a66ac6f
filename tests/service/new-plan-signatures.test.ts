import { SIGN_OFF_FIELDS, sectionById } from '../../src/plan';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * A new plan is unsigned: the ACLM and the CLM sign it themselves, in the app, once it exists.
 * Whatever the sign-off model (plan/sign-off.ts) counts as recording a signature is refused on a
 * plan being started, so a signature can never arrive without the signer.
 */
const CEM = SAMPLE_CEM.email;

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

/** A value the header field would take once signed: a person, a date, "yes" or a version key. */
function signedValue(name: string): unknown {
  const kind = sectionById('plan').fields.find((f) => f.name === name)?.kind;
  if (kind === 'person') return 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>';
  if (kind === 'date') return '2031-01-10';
  if (kind === 'boolean') return true;
  return 'signed-2031-01-10';
}

const councils = async () => ((await site.call('GET', '/plans', CEM)).body as { council: string }[]).map((p) => p.council);

describe('starting a plan', () => {
  it.each(SIGN_OFF_FIELDS.map((name, i) => [name, i] as const))('refuses one that already carries %s, and starts none', async (name, i) => {
    const council = `Presigned ${i + 1} Council`;
    const res = await site.call('POST', '/plans', CEM, { council, census: 'Census 2031', values: { [name]: signedValue(name) } });
    expect([res.status, res.body.error?.message]).toEqual([400, expect.stringMatching(/carries no signatures/)]);
    expect(await councils()).not.toContain(council);
  });

  it('takes one that says no one signed on paper, which records no signature', async () => {
    const res = await site.call('POST', '/plans', CEM, { council: 'Unsigned Paper Council', census: 'Census 2031', values: { AclmSignedOnPaper: false } });
    expect(res.status).toBe(201);
    expect(await councils()).toContain('Unsigned Paper Council');
  });
});
