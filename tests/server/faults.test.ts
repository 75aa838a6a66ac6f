import { GRAPH_AUDIENCE, LOCAL_ISSUER_BASE, LocalEntra } from '../../src/server/local-entra/local-entra';
import { createAuthenticator } from '../../src/server/stand-in/identity';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStandInHandler, FaultController, GRAPH_BASE_PATH, StandInDb } from '../../src/server/stand-in';
import { createList } from '../../src/server/stand-in/resources/lists';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

describe('throttling and latency', () => {
  let s: TestStandIn;
  beforeAll(async () => {
    s = await startTestStandIn();
  });
  afterAll(() => s.close());
  afterEach(() => s.setFaults({ faultRate: 0, latencyMs: 0 }));

  it('answers 429 or 503 with Retry-After and a Graph error, a mix of both', async () => {
    s.setFaults({ faultRate: 1 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => s.call('GET', '/me')));
    for (const a of answers) {
      expect([429, 503]).toContain(a.status);
      expect(a.headers.get('retry-after')).toBe('1');
      expect(a.body.error.code).toMatch(/^(TooManyRequests|serviceNotAvailable)$/);
    }
    expect(new Set(answers.map((a) => a.status)).size).toBe(2);
  });

  it('throttles about the fraction asked for', async () => {
    s.setFaults({ faultRate: 0.5 });
    const answers = await Promise.all(Array.from({ length: 200 }, () => s.call('GET', '/me')));
    const throttled = answers.filter((a) => a.status !== 200).length;
    expect(throttled).toBeGreaterThan(50);
    expect(throttled).toBeLessThan(150);
  });

  it('delays every answer by the latency asked for', async () => {
    s.setFaults({ latencyMs: 120 });
    const started = Date.now();
    expect((await s.call('GET', '/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('refuses a fault rate outside 0 to 1', () => {
    expect(() => s.setFaults({ faultRate: 1.5 })).toThrow(RangeError);
  });
});

describe('dropped connections', () => {
  /** A stand-in whose fault dice are scripted, so a test picks when the connection drops. */
  async function standInWithDice() {
    const rolls: number[] = [];
    const db = new StandInDb(':memory:');
    createList(db, { displayName: 'Drops', list: { template: 'genericList' } }, 'tester@census.example');
    const faults = new FaultController({}, () => rolls.shift() ?? 0.99);
    const entra = await LocalEntra.create(LOCAL_ISSUER_BASE);
    const handler = createStandInHandler({ db, faults, authenticate: createAuthenticator(entra.site) });
    const auth = { Authorization: `Bearer ${await entra.tokenFor(SAMPLE_CEM.email, GRAPH_AUDIENCE)}` };
    const server = http.createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const items = `http://127.0.0.1:${(server.address() as AddressInfo).port}${GRAPH_BASE_PATH}/sites/root/lists/Drops/items`;
    const close = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    return { rolls, faults, items, close, auth };
  }

  const titles = async (items: string, auth: Record<string, string>) =>
    ((await (await fetch(`${items}?expand=fields`, { headers: auth })).json()) as { value: { fields: { Title: string } }[] }).value.map((i) => i.fields.Title);

  it.each([
    ['before the write: nothing is written', 0.1, []],
    ['after the write: the item is there all the same', 0.9, ['lost answer']],
  ])('drops the connection %s', async (_when, beforeOrAfter, expected) => {
    const site = await standInWithDice();
    site.faults.set({ dropRate: 1 });
    site.rolls.push(0, beforeOrAfter); // drop this one, then before (< 0.5) or after the write
    const create = fetch(site.items, { method: 'POST', headers: { 'Content-Type': 'application/json', ...site.auth }, body: JSON.stringify({ fields: { Title: 'lost answer' } }) });
    await expect(create).rejects.toThrow();
    site.faults.set({ dropRate: 0 });
    expect(await titles(site.items, site.auth)).toEqual(expected);
    await site.close();
  });

  it('drops every connection at a drop rate of 1, and none once set back to 0', async () => {
    const s = await startTestStandIn({ dropRate: 1 });
    await expect(fetch(`${s.graphBaseUrl}/me`, { headers: s.auth })).rejects.toThrow();
    s.setFaults({ dropRate: 0 });
    expect((await s.call('GET', '/me')).status).toBe(200);
    await s.close();
  });
});
