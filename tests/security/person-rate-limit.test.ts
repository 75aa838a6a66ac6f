import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PersonLimiter, personLimitFromEnv, withPersonLimit } from '../../src/service/rate';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * One person spamming the service must not spend the tenant's SharePoint budget for everyone:
 * past their own limit they get 429 with Retry-After, nothing they sent is done, and other
 * people are served as before.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const PER_MINUTE = 30;

describe('the per-person limit over HTTP', () => {
  let site: ServiceSite;
  beforeAll(async () => {
    site = await openServiceSite({ env: { LAPP_PERSON_REQUESTS_PER_MINUTE: String(PER_MINUTE) } });
  });
  afterAll(() => site.close());

  it('answers one person past the limit 429 with Retry-After, saves nothing, and serves someone else', async () => {
    const spammer = kestrel.staff.email;
    const answers = await Promise.all(Array.from({ length: PER_MINUTE + 10 }, () => site.call('GET', '/me', spammer)));
    const statuses = answers.map((a) => a.status);
    // The bucket refills one request every two seconds, so a slow machine may let one more through.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(PER_MINUTE);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);

    const res = await fetch(`${site.apiUrl}/plans/${kestrel.planId}/sections/keyContacts/rows`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await site.tokenFor(spammer)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: 'spam-row-1', values: { ContactName: 'Spam' } }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(res.headers.get('ratelimit-limit')).toBe(String(PER_MINUTE));
    expect(res.headers.get('ratelimit-remaining')).toBe('0');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('tooManyRequests');
    expect(body.error.message).toMatch(/Nothing was saved/);

    const other = await site.call('GET', `/plans/${kestrel.planId}`, kestrel.aclm.email);
    expect(other.status).toBe(200);
    expect(other.body.sections.keyContacts.map((c: { key: string }) => c.key)).not.toContain('spam-row-1');
  });

  it('does not count requests without a valid token: they are 401, and cost SharePoint nothing', async () => {
    for (let i = 0; i < PER_MINUTE + 5; i++) {
      expect((await site.call('GET', '/me', null, undefined, { Authorization: 'Bearer not-a-token' })).status).toBe(401);
    }
  });
});

describe('PersonLimiter', () => {
  it('refills at the limit a minute, each person on their own', () => {
    let now = 0;
    const limiter = new PersonLimiter({ perMinute: 60 }, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSec: 1 });
    expect(limiter.take('b').ok).toBe(true);
    now += 1000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    now += 10 * 60_000;
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 59 });
  });

  it('reads LAPP_PERSON_REQUESTS_PER_MINUTE, and stops on a typo', () => {
    expect(personLimitFromEnv({}, 120)).toEqual({ perMinute: 120 });
    expect(personLimitFromEnv({}, undefined)).toBeUndefined();
    expect(personLimitFromEnv({ LAPP_PERSON_REQUESTS_PER_MINUTE: 'unlimited' }, 120)).toBeUndefined();
    expect(personLimitFromEnv({ LAPP_PERSON_REQUESTS_PER_MINUTE: '45' }, 120)).toEqual({ perMinute: 45 });
    expect(() => personLimitFromEnv({ LAPP_PERSON_REQUESTS_PER_MINUTE: '1O' }, 120)).toThrow(/LAPP_PERSON_REQUESTS_PER_MINUTE/);
  });
});

describe('open event streams per person', () => {
  it('holds at most the cap open for one person, frees a place when one closes, and leaves others alone', async () => {
    // The service's own stream handler stands in as one that never ends until the browser goes.
    const api = (req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('event: ready\ndata: {}\n\n');
      return true;
    };
    const verify = async (authorization: string | undefined) => ({ objectId: authorization ?? '', tenantId: 't', email: 'p@x.example', displayName: 'P', groups: [] });
    const handler = withPersonLimit(api, { verify, limiter: new PersonLimiter({ perMinute: 1000 }), maxStreams: 2 });
    const server = http.createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/plans/p/events`;
    const open = async (who: string) => {
      const abort = new AbortController();
      const res = await fetch(url, { headers: { Authorization: who }, signal: abort.signal });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), close: () => abort.abort() };
    };
    try {
      const first = await open('a');
      const second = await open('a');
      const third = await open('a');
      expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
      expect(third.retryAfter).toBe('60');
      expect((await open('b')).status).toBe(200);
      first.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await open('a')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
