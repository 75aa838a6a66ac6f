import { main } from '../../src/cli/main';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn } from '../../src/server/stand-in';

/** `lapp provision` on a site whose regional settings are not UK time warns in the reader's language. */
async function provision(standIn: RunningStandIn, lang: string): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const env = { LAPP_GRAPH_BASE_URL: standIn.graphBaseUrl, LAPP_SITE_ID: standIn.siteId, LAPP_GRAPH_TOKEN: await standIn.tokenFor(SAMPLE_CEM.email) };
  const code = await main(['provision', '--lang', lang], { out: () => undefined, err: (t) => err.push(t), env });
  return { code, err: err.join('\n') };
}

describe('lapp provision on a site in Tokyo time', () => {
  let standIn: RunningStandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, dbPath: ':memory:', siteTimeZone: 'Asia/Tokyo' });
  });
  afterAll(() => standIn.close());

  it('warns a Welsh reader in Welsh, naming the zone the site gave', async () => {
    const { code, err } = await provision(standIn, 'cy');
    expect(code).toBe(0);
    const warning = err.split('\n').find((line) => line.startsWith('Rhybudd:'));
    expect(warning).toMatch(/^Rhybudd: Cylchfa amser y safle yw "[^"]*Tokyo[^"]*", nid amser y DU\./);
    expect(warning).not.toMatch(/time zone|not UK time|site owner/i);
  });

  it('warns an English reader in English', async () => {
    const { err } = await provision(standIn, 'en');
    expect(err).toMatch(/^Warning: The site’s time zone is "[^"]*Tokyo[^"]*", not UK time\./m);
  });
});

describe('lapp provision on a site in UK time', () => {
  let standIn: RunningStandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, dbPath: ':memory:', siteTimeZone: 'Europe/London' });
  });
  afterAll(() => standIn.close());

  it('gives no time-zone warning', async () => {
    const { code, err } = await provision(standIn, 'cy');
    expect(code).toBe(0);
    expect(err).not.toMatch(/Rhybudd|Cylchfa/);
  });
});
