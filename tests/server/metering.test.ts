import { appIdOf, graphCost, parseBudget, ResourceMeter, UNIDENTIFIED_APP } from '../../src/server/stand-in/metering';
import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

const q = (text = '') => new URLSearchParams(text);
const LIST = '/sites/root/lists/L';

/** An unsigned JWT-shaped token: the meter reads only the application claim. */
function tokenFor(claims: Record<string, string>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `Bearer ${part({ alg: 'none' })}.${part(claims)}.`;
}

describe('what a request costs, in resource units', () => {
  it('follows the documented table', () => {
    expect(graphCost('GET', `${LIST}/items/7`, q())).toBe(1);
    expect(graphCost('GET', `${LIST}/items/7/fields`, q())).toBe(1);
    expect(graphCost('GET', `${LIST}/items`, q('$expand=fields'))).toBe(2);
    expect(graphCost('GET', `${LIST}/items/delta`, q())).toBe(2);
    expect(graphCost('GET', `${LIST}/items/delta`, q('token=abc'))).toBe(1);
    expect(graphCost('GET', '/sites/root/lists', q())).toBe(2);
    expect(graphCost('POST', `${LIST}/items`, q())).toBe(2);
    expect(graphCost('PATCH', `${LIST}/items/7/fields`, q())).toBe(2);
    expect(graphCost('DELETE', `${LIST}/items/7`, q())).toBe(2);
    expect(graphCost('POST', '/sites/root/permissions', q())).toBe(5);
    expect(graphCost('GET', `${LIST}/items/7`, q('$expand=permissions'))).toBe(5);
  });

  it('finds the application in the token (appid, else azp), or one bucket for the rest', () => {
    expect(appIdOf(tokenFor({ appid: 'app-a', azp: 'other' }))).toBe('app-a');
    expect(appIdOf(tokenFor({ azp: 'app-b' }))).toBe('app-b');
    expect(appIdOf('Bearer standin:ava@census.example')).toBe(UNIDENTIFIED_APP);
    expect(appIdOf('Bearer x.not-json.y')).toBe(UNIDENTIFIED_APP);
    expect(appIdOf(undefined)).toBe(UNIDENTIFIED_APP);
  });

  it('reads the budget setting or says what is wrong with it', () => {
    expect(parseBudget('4800')).toBe(4800);
    expect(parseBudget('unlimited')).toBe(Number.POSITIVE_INFINITY);
    expect(parseBudget(undefined)).toBeUndefined();
    expect(() => parseBudget('lots')).toThrow('STANDIN_RU_PER_MINUTE must be a whole number of resource units per minute or "unlimited", not "lots".');
  });
});

describe('the meter over a minute', () => {
  it('warns from 80 %, refuses past the budget with Retry-After, counts the refused, and frees units as they leave the minute', () => {
    let now = 1_000_000_000_000;
    const meter = new ResourceMeter(10, () => now);
    expect(meter.charge('a', 2).headers).toEqual({});
    now += 20_000;
    expect(meter.charge('a', 6).headers).toEqual({ 'RateLimit-Limit': '10', 'RateLimit-Remaining': '2', 'RateLimit-Reset': '40' });
    const refused = meter.charge('a', 4);
    expect(refused.refusal?.status).toBe(429);
    // The first 2 units leave the window in 40 s, but 12 − 2 = 10 is still not under 10; the next 6 leave in 60 s.
    expect(refused.headers['Retry-After']).toBe('60');
    expect(meter.charge('b', 2).refusal).toBeUndefined();
    expect(meter.usage()).toEqual({ total: 14, byApp: { a: 12, b: 2 }, lastMinute: 14, throttled: 1 });
    now += 60_000;
    expect(meter.charge('a', 2).refusal).toBeUndefined();
    expect(meter.usage().lastMinute).toBe(2);
    meter.reset();
    expect(meter.usage()).toEqual({ total: 0, byApp: {}, lastMinute: 0, throttled: 0 });
  });
});

describe('the stand-in meters every request', () => {
  let s: TestStandIn;
  let items: string;
  beforeAll(async () => {
    s = await startTestStandIn({ resourceUnitsPerMinute: 40 });
    await createTestList(s, 'Metered', [{ name: 'Code', displayName: 'Code', indexed: true, text: {} }]);
    items = `${s.listPath('Metered')}/items`;
  });
  beforeEach(() => s.resetUsage());
  afterAll(() => s.close());

  it('counts reads, writes, delta and each request inside $batch at their documented cost', async () => {
    const made = await s.call('POST', items, { body: { fields: { Code: 'a' } } });
    await s.call('GET', `${items}/${made.body.id}`);
    await s.call('GET', `${items}?expand=fields`);
    const first = await s.call('GET', `${items}/delta`);
    await s.call('GET', first.body['@odata.deltaLink']);
    await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Code: 'b' } });
    expect(s.usage().total).toBe(2 + 1 + 2 + 2 + 1 + 2);
    s.resetUsage();
    const requests = Array.from({ length: 5 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `${items.replace(/^\/sites/, 'sites')}?expand=fields` }));
    const batch = await s.call('POST', '/$batch', { body: { requests } });
    expect(batch.body.responses.map((r: { status: number }) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(s.usage()).toMatchObject({ total: 10, byApp: { [UNIDENTIFIED_APP]: 10 } });
  });

  it('answers 429 with Retry-After and the RateLimit headers past the budget, inside $batch too, and counts what it refused', async () => {
    let last = await s.call('GET', `${items}?expand=fields`);
    for (let i = 0; i < 15; i += 1) last = await s.call('GET', `${items}?expand=fields`);
    expect(last.status).toBe(200);
    expect(last.headers.get('ratelimit-limit')).toBe('40');
    expect(last.headers.get('ratelimit-remaining')).toBe('8');
    const requests = Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `${items.replace(/^\/sites/, 'sites')}?expand=fields` }));
    const batch = await s.call('POST', '/$batch', { body: { requests } });
    const statuses = batch.body.responses.map((r: { status: number }) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const throttled = batch.body.responses.find((r: { status: number }) => r.status === 429);
    expect(Number(throttled.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    const refused = await s.call('GET', `${items}/1`);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('TooManyRequests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(s.usage()).toMatchObject({ total: 16 * 2 + 6 * 2 + 1, throttled: 3 });
  });

  it('keeps one bucket per application, named by the token', async () => {
    await s.call('GET', `${items}/1`, { headers: { Authorization: tokenFor({ appid: 'service-app' }) } });
    await s.call('GET', `${items}/1`);
    expect(s.usage().byApp).toEqual({ 'service-app': 1, [UNIDENTIFIED_APP]: 1 });
  });

  it('tells what it metered at /_standin/usage, free of charge, and starts again on DELETE', async () => {
    await s.call('GET', `${items}/1`);
    const reading = await (await fetch(`${s.url}/_standin/usage`)).json();
    expect(reading).toEqual({ total: 1, byApp: { [UNIDENTIFIED_APP]: 1 }, lastMinute: 1, throttled: 0 });
    expect((await fetch(`${s.url}/_standin/usage`, { method: 'DELETE' })).status).toBe(200);
    expect(s.usage().total).toBe(0);
  });
});
