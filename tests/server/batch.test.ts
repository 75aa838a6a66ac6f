import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

let s: TestStandIn;
let itemsUrl: string;
beforeAll(async () => {
  s = await startTestStandIn();
  await createTestList(s, 'Batch Test', [
    { name: 'Code', displayName: 'Code', indexed: true, enforceUniqueValues: true, text: { allowMultipleLines: false } },
  ]);
  itemsUrl = `/sites/${s.siteId}/lists/Batch%20Test/items`;
});
afterAll(() => s.close());
afterEach(() => s.setFaults({ faultRate: 0 }));

const post = (id: string, code: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'POST',
  url: itemsUrl,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Code: code } },
  ...extra,
});

describe('$batch', () => {
  it('runs up to 20 requests and answers each by id inside an outer 200', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => post(String(i + 1), `b-${i}`));
    const res = await s.call('POST', '/$batch', { body: { requests } });
    expect(res.status).toBe(200);
    expect(res.body.responses).toHaveLength(20);
    const byId = new Map(res.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('7')).toMatchObject({ status: 201, body: { fields: { Code: 'b-6' } } });
  });

  it('refuses more than 20 requests and duplicate ids with 400', async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await s.call('POST', '/$batch', { body: { requests: tooMany } })).status).toBe(400);
    const dup = [{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }];
    expect((await s.call('POST', '/$batch', { body: { requests: dup } })).status).toBe(400);
  });

  it('answers 424 for a request whose dependency failed, and runs the rest', async () => {
    await s.call('POST', itemsUrl, { body: { fields: { Code: 'taken' } } });
    const res = await s.call('POST', '/$batch', {
      body: {
        requests: [
          post('1', 'taken'),
          post('2', 'after-taken', { dependsOn: ['1'] }),
          post('3', 'independent'),
          { id: '4', method: 'GET', url: '/me', dependsOn: ['3'] },
        ],
      },
    });
    const status = Object.fromEntries(res.body.responses.map((r: { id: string; status: number }) => [r.id, r.status]));
    expect(status).toEqual({ '1': 409, '2': 424, '3': 201, '4': 200 });
  });

  it('refuses an inner request with a body but no Content-Type', async () => {
    const res = await s.call('POST', '/$batch', { body: { requests: [{ id: '1', method: 'POST', url: itemsUrl, body: { fields: { Code: 'x' } } }] } });
    expect(res.body.responses[0].status).toBe(400);
  });

  it('throttles inner requests each on their own, with Retry-After, behind an outer 200', async () => {
    s.setFaults({ faultRate: 1 });
    const requests = [1, 2, 3].map((i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const res = await s.call('POST', '/$batch', { body: { requests } });
    expect(res.status).toBe(200);
    for (const inner of res.body.responses) {
      expect([429, 503]).toContain(inner.status);
      expect(inner.headers['Retry-After']).toBe('1');
      expect(inner.body.error.code).toMatch(/TooManyRequests|serviceNotAvailable/);
    }
  });
});
