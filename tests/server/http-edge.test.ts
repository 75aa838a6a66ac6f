import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { hardenServer, readJsonBody, withEdge } from '../../src/server/http-edge';
import { startDevServer, type RunningDevServer } from '../../src/server/dev-server';
import { DEFAULT_SITE_ID } from '../../src/server/stand-in';

interface RawAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** node:http, not fetch: fetch would mend the URL and refuses to send a Host header of our choosing. */
function request(base: string, method: string, rawPath: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    // Graph requests carry the site owner's token, so what is tested is the edge, not the sign-in.
    const auth: Record<string, string> = rawPath.startsWith('/graph/') && ownerToken ? { Authorization: `Bearer ${ownerToken}` } : {};
    const req = http.request({ host: '127.0.0.1', port, method, path: rawPath, headers: { Host: `localhost:${port}`, ...auth, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes straight onto a socket, for request lines no HTTP client will send; the first status line back. */
function rawSocket(base: string, bytes: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.setTimeout(3000, () => socket.destroy());
  });
}

const errorCode = (a: RawAnswer) => (JSON.parse(a.body) as { error: { code: string; message: string } }).error;

let tmp: string;
let server: RunningDevServer;
let ownerToken: string | undefined;
const site = `/graph/v1.0/sites/${encodeURIComponent(DEFAULT_SITE_ID)}`;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-edge-'));
  fs.writeFileSync(path.join(tmp, 'index.html'), '<!doctype html><title>LAPP</title>');
  server = await startDevServer({ port: 0, dataDir: ':memory:', distDir: tmp, env: { LAPP_TAB_ORIGIN: 'https://lapp.example.org' }, today: '2031-01-10' });
  ownerToken = await server.entra!.tokenFor('ava.lindqvist@census.example', 'https://graph.microsoft.com');
});
afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the HTTP edge of the development server', () => {
  it('survives a battery of malformed requests, answering each with a clear error, and still serves afterwards', async () => {
    const battery: Array<[string, () => Promise<RawAnswer>, number, string]> = [
      ['a broken percent-escape in the path', () => request(server.url, 'GET', '/%E0%A4%A'), 400, 'badUrl'],
      ['escapes that are not UTF-8', () => request(server.url, 'GET', `${site}/lists/%E0%A4`), 400, 'badUrl'],
      ['a NUL in the path', () => request(server.url, 'GET', '/index.html%00.js'), 400, 'badUrl'],
      ['an absolute URL', () => request(server.url, 'GET', 'http://elsewhere.example/'), 400, 'badUrl'],
      ['a URL of 9,000 characters', () => request(server.url, 'GET', `/${'a'.repeat(9000)}`), 414, 'uriTooLong'],
      ['an unknown method', () => request(server.url, 'PROPFIND', '/'), 405, 'methodNotAllowed'],
      ['a foreign Host header', () => request(server.url, 'GET', '/app-config.json', { Host: 'attacker.example' }), 421, 'misdirectedRequest'],
      ['a body declared as 30 MB', () => request(server.url, 'POST', `${site}/lists`, { 'Content-Length': String(30 * 1024 * 1024) }), 413, 'requestTooLarge'],
      ['a foreign preflight', () => request(server.url, 'OPTIONS', `${site}/lists`, { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'POST' }), 403, 'originNotAllowed'],
      ['a foreign form post', () => request(server.url, 'POST', `${site}/lists`, { Origin: 'https://attacker.example', 'Content-Type': 'text/plain' }, 'x'), 403, 'originNotAllowed'],
    ];
    for (const [what, send, status, code] of battery) {
      const answer = await send();
      expect({ what, status: answer.status, code: errorCode(answer).code }).toEqual({ what, status, code });
      expect(errorCode(answer).message.length).toBeGreaterThan(10);
      expect(answer.headers['content-security-policy']).toContain('frame-ancestors');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    const badJson = await request(server.url, 'POST', '/graph/v1.0/$batch', { 'Content-Type': 'application/json' }, '{"requests": [');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toContain('Unable to read JSON request payload');
    expect(await rawSocket(server.url, 'HELLO WORLD\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawSocket(server.url, 'GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawSocket(server.url, 'GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);

    const after = await request(server.url, 'GET', '/app-config.json');
    expect(after.status).toBe(200);
    expect((await request(server.url, 'GET', `${site}/lists`)).status).toBe(200);
  });

  it('lets only the tab\'s own origin call across origins, by name and never with *', async () => {
    const own = await request(server.url, 'OPTIONS', `${site}/lists`, { Origin: 'https://lapp.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' });
    expect(own.status).toBe(204);
    expect(own.headers['access-control-allow-origin']).toBe('https://lapp.example.org');
    expect(own.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const foreignRead = await request(server.url, 'GET', `${site}/lists`, { Origin: 'https://attacker.example' });
    expect(foreignRead.headers['access-control-allow-origin']).toBeUndefined();
    const stand = await request(server.url, 'GET', `${site}/lists`);
    expect(stand.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers for the host the tab origin names, besides localhost', async () => {
    expect((await request(server.url, 'GET', '/app-config.json', { Host: 'lapp.example.org' })).status).toBe(200);
    expect((await request(server.url, 'GET', '/app-config.json', { Host: '127.0.0.1' })).status).toBe(200);
  });

  it('refuses a nested $batch as a whole, before running any of it', async () => {
    const create = (id: string) => ({ id, method: 'POST', url: '/sites/root/lists/LAPP%20Plans/items', headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `x${id}` } } });
    const level = (depth: number): unknown[] =>
      Array.from({ length: 20 }, (_, i) =>
        depth === 0 ? create(String(i + 1)) : { id: String(i + 1), method: 'POST', url: '/$batch', headers: { 'Content-Type': 'application/json' }, body: { requests: level(depth - 1) } },
      );
    const before = await request(server.url, 'GET', `${site}/lists/LAPP%20Plans/items?$top=1000`);
    const answer = await request(server.url, 'POST', '/graph/v1.0/$batch', { 'Content-Type': 'application/json' }, JSON.stringify({ requests: level(2) }));
    expect(answer.status).toBe(400);
    expect(errorCode(answer).message).toMatch(/nested batch requests are not supported/);
    const after = await request(server.url, 'GET', `${site}/lists/LAPP%20Plans/items?$top=1000`);
    expect(JSON.parse(after.body).value).toHaveLength(JSON.parse(before.body).value.length);
  });
});

describe('withEdge around any route', () => {
  it('turns a route that throws or rejects into a 500 and keeps the process serving', async () => {
    const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>> = {
      '/throws': () => {
        throw new Error('boom');
      },
      '/rejects': async () => {
        throw new Error('boom later');
      },
      '/json': async (req, res) => {
        const body = await readJsonBody(req, 64);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ got: body }));
      },
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const srv = hardenServer(http.createServer(withEdge((req, res) => routes[req.url ?? '']!(req, res))));
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}`;
    try {
      expect((await request(base, 'GET', '/throws')).status).toBe(500);
      expect(errorCode(await request(base, 'GET', '/rejects'))).toEqual({ code: 'internalError', message: 'The server could not complete this request.' });
      const json = { 'Content-Type': 'application/json' };
      expect(errorCode(await request(base, 'POST', '/json', json, '{"a":'))).toMatchObject({ code: 'invalidJson' });
      expect((await request(base, 'POST', '/json', json, JSON.stringify({ a: 'x'.repeat(100) }))).status).toBe(413);
      expect((await request(base, 'POST', '/json', { 'Content-Type': 'text/plain' }, 'hello')).status).toBe(415);
      expect(JSON.parse((await request(base, 'POST', '/json', json, '{"a":1}')).body)).toEqual({ got: { a: 1 } });
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
      await new Promise((resolve) => srv.close(resolve));
    }
  });
});

describe('stand-in settings of the development server', () => {
  it.each([
    [{ STANDIN_RU_PER_MINUTE: 'lots' }, 'STANDIN_RU_PER_MINUTE must be a whole number'],
    [{ STANDIN_SITE_TIME_ZONE: 'Mars/Olympus' }, 'STANDIN_SITE_TIME_ZONE: The site time zone must be an IANA zone'],
    [{ STANDIN_DUPLICATE_STATUS: '418' }, 'STANDIN_DUPLICATE_STATUS must be 409 or 500'],
  ])('stop the server with a message naming the bad one (%o)', async (env, message) => {
    await expect(startDevServer({ port: 0, dataDir: ':memory:', distDir: tmp, env })).rejects.toThrow(message);
  });
});
