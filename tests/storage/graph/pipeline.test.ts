import { ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../../../src/storage/errors';
import { fakeClock, fakeFetch, fakeHttp, graphError, json } from './fake-graph';

const ok = () => json({ id: 'me' });

describe('the throttle and retry step', () => {
  it('waits as long as Retry-After says, in seconds, then succeeds', async () => {
    const clock = fakeClock();
    const { fetchImpl, requests } = fakeFetch((_, i) => (i === 0 ? graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '2' }) : ok()));
    const answer = await fakeHttp(fetchImpl, { clock }).send({ method: 'GET', path: '/me' });
    expect(answer.body).toEqual({ id: 'me' });
    expect(requests).toHaveLength(2);
    expect(clock.waits).toEqual([2000]);
  });

  it('waits until the HTTP date Retry-After names', async () => {
    const clock = fakeClock(0.5, Date.parse('2031-03-20T12:00:00Z'));
    const { fetchImpl } = fakeFetch((_, i) =>
      i === 0 ? graphError(503, 'serviceNotAvailable', 'Busy', { 'Retry-After': 'Thu, 20 Mar 2031 12:00:05 GMT' }) : ok(),
    );
    await fakeHttp(fetchImpl, { clock }).send({ method: 'GET', path: '/me' });
    expect(clock.waits).toEqual([5000]);
  });

  it('backs off exponentially with jitter when the server gives no Retry-After', async () => {
    const clock = fakeClock(0.5);
    const { fetchImpl, requests } = fakeFetch((_, i) => (i < 3 ? graphError(504, 'gatewayTimeout', 'Timed out') : ok()));
    await fakeHttp(fetchImpl, { clock, retry: { baseDelayMs: 100 } }).send({ method: 'GET', path: '/me' });
    expect(requests).toHaveLength(4);
    // Half of the ceilings 100, 200, 400.
    expect(clock.waits).toEqual([50, 100, 200]);
  });

  it('gives up after maxRetries with ThrottledError carrying the last Retry-After', async () => {
    const clock = fakeClock();
    const { fetchImpl, requests } = fakeFetch(() => graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '3' }));
    const sending = fakeHttp(fetchImpl, { clock, retry: { maxRetries: 2 } }).send({ method: 'GET', path: '/me' });
    await expect(sending).rejects.toEqual(new ThrottledError(3000));
    await expect(sending).rejects.toHaveProperty('retryAfterMs', 3000);
    expect(requests).toHaveLength(3);
  });

  it('leaves a Retry-After longer than the policy allows to the caller instead of blocking', async () => {
    const clock = fakeClock();
    const { fetchImpl, requests } = fakeFetch(() => graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '120' }));
    const sending = fakeHttp(fetchImpl, { clock, retry: { maxDelayMs: 30_000 } }).send({ method: 'GET', path: '/me' });
    await expect(sending).rejects.toHaveProperty('retryAfterMs', 120_000);
    expect(requests).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('never retries a 403 and reports it as ForbiddenError', async () => {
    const { fetchImpl, requests } = fakeFetch(() => graphError(403, 'accessDenied', 'Access denied'));
    const sending = fakeHttp(fetchImpl).send({ method: 'PATCH', path: '/sites/s/lists/l/items/1/fields', body: { A: 1 } });
    await expect(sending).rejects.toBeInstanceOf(ForbiddenError);
    expect(requests).toHaveLength(1);
  });

  it('never retries other client errors, and keeps Graph’s code and message', async () => {
    const { fetchImpl, requests } = fakeFetch(() => graphError(400, 'invalidRequest', "Field 'Nope' is not recognized"));
    const sending = fakeHttp(fetchImpl).send({ method: 'POST', path: '/sites/s/lists/l/items', body: {} });
    await expect(sending).rejects.toBeInstanceOf(StorageError);
    await expect(sending).rejects.toMatchObject({ status: 400, code: 'invalidRequest', message: "Field 'Nope' is not recognized" });
    expect(requests).toHaveLength(1);
  });

  it('maps 404 to NotFoundError without retrying', async () => {
    const { fetchImpl, requests } = fakeFetch(() => graphError(404, 'itemNotFound', 'The item was not found'));
    await expect(fakeHttp(fetchImpl).send({ method: 'GET', path: '/sites/s' })).rejects.toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(1);
  });

  it('retries a lost connection and succeeds when the network comes back', async () => {
    const clock = fakeClock(0.25);
    const { fetchImpl, requests } = fakeFetch((_, i) => (i < 2 ? new TypeError('fetch failed') : ok()));
    await fakeHttp(fetchImpl, { clock, retry: { baseDelayMs: 400 } }).send({ method: 'GET', path: '/me' });
    expect(requests).toHaveLength(3);
    expect(clock.waits).toEqual([100, 200]);
  });

  it('reports OfflineError when the network stays down through every retry', async () => {
    const { fetchImpl, requests } = fakeFetch(() => new TypeError('fetch failed'));
    const sending = fakeHttp(fetchImpl, { retry: { maxRetries: 2 } }).send({ method: 'GET', path: '/me' });
    await expect(sending).rejects.toBeInstanceOf(OfflineError);
    expect(requests).toHaveLength(3);
  });
});

describe('the auth step', () => {
  it('sends the bearer token from getToken on every request', async () => {
    const { fetchImpl, requests } = fakeFetch(ok);
    await fakeHttp(fetchImpl, { getToken: async () => 'standin:sam@council.example' }).send({ method: 'GET', path: '/me' });
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer standin:sam@council.example');
  });

  it('sends no Authorization header in local mode', async () => {
    const { fetchImpl, requests } = fakeFetch(ok);
    await fakeHttp(fetchImpl).send({ method: 'GET', path: '/me' });
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('lets a failing token source fail the call as it is, without sending anything', async () => {
    const { fetchImpl, requests } = fakeFetch(ok);
    const signInNeeded = new Error('Sign-in is needed');
    const sending = fakeHttp(fetchImpl, { getToken: () => Promise.reject(signInNeeded) }).send({ method: 'GET', path: '/me' });
    await expect(sending).rejects.toBe(signInNeeded);
    expect(requests).toHaveLength(0);
  });
});

describe('the concurrency cap', () => {
  it('keeps at most maxConcurrency requests on the wire and still answers them all', async () => {
    let inFlight = 0;
    let peak = 0;
    const { fetchImpl } = fakeFetch(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return ok();
    });
    const http = fakeHttp(fetchImpl, { maxConcurrency: 3 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => http.send({ method: 'GET', path: '/me' })));
    expect(answers).toHaveLength(10);
    expect(peak).toBe(3);
  });
});

describe('the request', () => {
  it('goes to the Graph root joined with the path, with the query as written', async () => {
    const { fetchImpl, requests } = fakeFetch(ok);
    await fakeHttp(fetchImpl).send({ method: 'GET', path: "/sites/s/lists/l/items?$filter=fields%2FPlanId%20eq%20'a%26b'" });
    expect(requests[0]?.url.pathname).toBe('/v1.0/sites/s/lists/l/items');
    expect(requests[0]?.url.searchParams.get('$filter')).toBe("fields/PlanId eq 'a&b'");
  });
});
