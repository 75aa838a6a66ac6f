import { StorageError, ThrottledError } from '../../../src/storage/errors';
import { DEFAULT_RETRY_POLICY } from '../../../src/storage/graph/pipeline/backoff';
import { BatchSender, type BatchRequest } from '../../../src/storage/graph/requests/batch';
import { readAllPages } from '../../../src/storage/graph/requests/pages';
import { BASE_URL, fakeClock, fakeFetch, fakeHttp, json, type SeenRequest } from './fake-graph';

interface InnerRequest {
  id: string;
  method: string;
  url: string;
}

type InnerAnswer = { status: number; headers?: Record<string, string>; body?: unknown };

/** A fake Graph that answers `$batch` envelopes one inner request at a time. */
function batchServer(answer: (inner: InnerRequest, envelope: number) => InnerAnswer | undefined) {
  const envelopes: InnerRequest[][] = [];
  const fake = fakeFetch((request: SeenRequest) => {
    const inner = (request.body as { requests: InnerRequest[] }).requests;
    const envelope = envelopes.push(inner) - 1;
    const responses = inner.flatMap((r) => {
      const a = answer(r, envelope);
      return a ? [{ id: r.id, ...a }] : [];
    });
    return json({ responses });
  });
  return { ...fake, envelopes };
}

function sender(fetchImpl: typeof fetch, clock = fakeClock()) {
  return new BatchSender(fakeHttp(fetchImpl, { clock }), DEFAULT_RETRY_POLICY, clock);
}

const gets = (n: number): BatchRequest[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, method: 'GET', url: `/sites/s/lists/l${i}/items` }));

describe('$batch', () => {
  it('packs requests 20 to an envelope and sends the envelopes together', async () => {
    const server = batchServer(() => ({ status: 200, body: { value: [] } }));
    const answers = await sender(server.fetchImpl).send(gets(45));
    expect(server.envelopes.map((e) => e.length)).toEqual([20, 20, 5]);
    expect(answers.size).toBe(45);
    expect(server.requests.every((r) => r.method === 'POST' && r.url.pathname === '/v1.0/$batch')).toBe(true);
  });

  it('re-queues inner 429s after their Retry-After, and only those', async () => {
    const clock = fakeClock();
    const server = batchServer((inner, envelope) =>
      inner.id === 'r1' && envelope === 0 ? { status: 429, headers: { 'retry-after': '2' } } : { status: 200, body: { value: [inner.id] } },
    );
    const answers = await sender(server.fetchImpl, clock).send(gets(3));
    expect(server.envelopes.map((e) => e.map((r) => r.id))).toEqual([['r0', 'r1', 'r2'], ['r1']]);
    expect(clock.waits).toEqual([2000]);
    expect(answers.get('r1')).toMatchObject({ status: 200, body: { value: ['r1'] } });
  });

  it('hands back what is still throttled after the last retry, which paging reports as ThrottledError', async () => {
    const server = batchServer(() => ({ status: 503, headers: { 'Retry-After': '1' } }));
    const reading = readAllPages(sender(server.fetchImpl), BASE_URL, [
      { id: 'a', url: '/sites/s/lists/l/items' },
    ]);
    await expect(reading).rejects.toBeInstanceOf(ThrottledError);
    expect(server.envelopes).toHaveLength(DEFAULT_RETRY_POLICY.maxRetries + 1);
  });

  it('refuses an answer that leaves a request out', async () => {
    const server = batchServer((inner) => (inner.id === 'r2' ? undefined : { status: 200, body: {} }));
    await expect(sender(server.fetchImpl).send(gets(3))).rejects.toBeInstanceOf(StorageError);
  });

  it('sends a body with its Content-Type', async () => {
    const server = batchServer(() => ({ status: 201, body: {} }));
    await sender(server.fetchImpl).send([{ id: 'c', method: 'POST', url: '/sites/s/lists/l/items', body: { fields: { Title: 'x' } } }]);
    expect(server.requests[0]?.body).toEqual({
      requests: [{ id: 'c', method: 'POST', url: '/sites/s/lists/l/items', body: { fields: { Title: 'x' } }, headers: { 'Content-Type': 'application/json' } }],
    });
  });
});

describe('paging through $batch', () => {
  it('follows nextLinks of several collections in shared rounds', async () => {
    const server = batchServer((inner) => {
      const url = new URL(inner.url, 'https://x');
      const page = Number(url.searchParams.get('page') ?? '1');
      const more = inner.id === 'long' && page < 3;
      return {
        status: 200,
        body: {
          value: [`${inner.id}-${page}`],
          ...(more ? { '@odata.nextLink': `${BASE_URL}/sites/s/lists/long/items?page=${page + 1}` } : {}),
        },
      };
    });
    const pages = await readAllPages<string>(sender(server.fetchImpl), BASE_URL, [
      { id: 'long', url: '/sites/s/lists/long/items' },
      { id: 'short', url: '/sites/s/lists/short/items' },
    ]);
    expect(pages.get('long')?.items).toEqual(['long-1', 'long-2', 'long-3']);
    expect(pages.get('short')?.items).toEqual(['short-1']);
    expect(server.envelopes.map((e) => e.map((r) => r.url))).toEqual([
      ['/sites/s/lists/long/items', '/sites/s/lists/short/items'],
      ['/sites/s/lists/long/items?page=2'],
      ['/sites/s/lists/long/items?page=3'],
    ]);
  });

  it('starts a delta again from a full enumeration when its link is gone (410)', async () => {
    const server = batchServer((inner) =>
      inner.url.includes('token=old')
        ? { status: 410, body: { error: { code: 'resyncRequired', message: 'Resync required' } } }
        : { status: 200, body: { value: ['all'], '@odata.deltaLink': `${BASE_URL}/sites/s/lists/l/items/delta?token=new` } },
    );
    const pages = await readAllPages<string>(sender(server.fetchImpl), BASE_URL, [{ id: 'l', url: '/sites/s/lists/l/items/delta?token=old' }], {
      restartUrl: () => '/sites/s/lists/l/items/delta',
    });
    expect(pages.get('l')).toEqual({ items: ['all'], restarted: true, deltaLink: '/sites/s/lists/l/items/delta?token=new' });
  });
});
