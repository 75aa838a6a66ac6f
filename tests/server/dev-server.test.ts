import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAppConfig } from '../../src/config/app-config';
import { startDevServer, type RunningDevServer } from '../../src/server/dev-server';
import { GRAPH_AUDIENCE, LOCAL_ISSUER_BASE, LocalEntra } from '../../src/server/local-entra/local-entra';
import { DEFAULT_SITE_ID } from '../../src/server/stand-in';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';

const TENANT = {
  LAPP_CLIENT_ID: '0b7e8a31-5c2d-4f6e-9a1b-3c4d5e6f7a8b',
  LAPP_SITE_ID: 'contoso.sharepoint.com,1f2e3d4c-0000-4000-8000-000000000001,1f2e3d4c-0000-4000-8000-000000000002',
  LAPP_AUTHORITY: 'https://login.microsoftonline.com/organizations',
  LAPP_SHAREPOINT_ORIGIN: 'https://contoso.sharepoint.com',
  LAPP_TENANT_ID: '7d3c2b1a-0000-4000-8000-00000000000a',
  LAPP_MANAGED_IDENTITY: 'system',
};

/** The site owner's Graph token from the server's local issuer. */
async function ownerAuth(server: RunningDevServer): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await server.entra!.tokenFor(SAMPLE_CEM.email, GRAPH_AUDIENCE)}` };
}

let tmp: string;
let dist: string;
const running: RunningDevServer[] = [];
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-dev-'));
  dist = path.join(tmp, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>LAPP</title><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'main.0123456789.js'), 'console.log("app")');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function start(env: NodeJS.ProcessEnv = {}, options: { dataDir?: string; distDir?: string } = {}) {
  const server = await startDevServer({ port: 0, dataDir: ':memory:', distDir: dist, env, today: '2031-01-10', ...options });
  running.push(server);
  return server;
}

describe('the development server in local mode', () => {
  it('serves an app config that points at its own stand-in, valid for the app', async () => {
    const server = await start();
    const res = await fetch(`${server.url}/app-config.json`);
    const config = parseAppConfig(await res.json());
    expect(config).toEqual({ mode: 'local', graphBaseUrl: `${server.url}/graph/v1.0`, siteId: DEFAULT_SITE_ID });
    expect((await fetch(`${config.graphBaseUrl}/sites/${config.siteId}`, { headers: await ownerAuth(server) })).status).toBe(200);
  });

  it('lets only the Teams hosts frame the app, and forbids sniffing', async () => {
    const server = await start();
    for (const pathname of ['/', '/main.0123456789.js', '/app-config.json']) {
      const res = await fetch(`${server.url}${pathname}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain('connect-src \'self\' https://graph.microsoft.com https://login.microsoftonline.com https://*.sharepoint.com');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBeNull();
    }
  });

  it("serves the app's own routes with index.html and unknown files with 404", async () => {
    const server = await start();
    const route = await fetch(`${server.url}/plans/kestrel-vale-district-council/actions`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('says plainly when the app has not been built', async () => {
    const server = await start({}, { distDir: path.join(tmp, 'no-dist') });
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });

  it('seeds a new database and keeps what was written across a restart', async () => {
    const dataDir = path.join(tmp, 'data');
    const first = await start({}, { dataDir });
    const list = `${first.standInUrl}/sites/${DEFAULT_SITE_ID}/lists/LAPP%20Key%20Contacts/items`;
    const created = await fetch(list, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await ownerAuth(first)) },
      body: JSON.stringify({ fields: { PlanId: 'fenmouth-borough-council', ClientKey: 'kept-1', Title: 'Kept', ContactName: 'Kept' } }),
    });
    expect(created.status).toBe(201);
    await first.close();
    running.splice(0);
    expect(fs.existsSync(path.join(dataDir, 'standin.sqlite'))).toBe(true);

    const second = await start({}, { dataDir });
    const again = `${second.standInUrl}/sites/${DEFAULT_SITE_ID}/lists/LAPP%20Key%20Contacts/items?expand=fields&$filter=fields/ClientKey eq 'kept-1'`;
    const auth = await ownerAuth(second);
    const found = (await (await fetch(again, { headers: auth })).json()) as { value: { fields: { ContactName: string } }[] };
    expect(found.value.map((i) => i.fields.ContactName)).toEqual(['Kept']);
    const plans = (await (await fetch(`${second.standInUrl}/sites/${DEFAULT_SITE_ID}/lists/LAPP%20Plans/items`, { headers: auth })).json()) as { value: unknown[] };
    expect(plans.value).toHaveLength(3);
  });

  it('takes its faults from STANDIN_* settings and refuses a bad one', async () => {
    const server = await start({ STANDIN_FAULT_RATE: '1' });
    expect([429, 503]).toContain((await fetch(`${server.standInUrl}/me`)).status);
    await expect(start({ STANDIN_DROP_RATE: 'often' })).rejects.toThrow('STANDIN_DROP_RATE must be a number');
  });
});

describe('the development server in tenant mode', () => {
  it('serves the tenant config and does not run the stand-in', async () => {
    const server = await start(TENANT);
    const config = parseAppConfig(await (await fetch(`${server.url}/app-config.json`)).json());
    expect(config).toMatchObject({ mode: 'tenant', clientId: TENANT.LAPP_CLIENT_ID, siteId: TENANT.LAPP_SITE_ID, graphBaseUrl: 'https://graph.microsoft.com/v1.0' });
    expect(server.standInUrl).toBeUndefined();
    expect((await fetch(`${server.url}/graph/v1.0/me`)).status).toBe(404);
  });

  it('mounts no local issuer: nothing mints tokens, and a locally signed token is refused', async () => {
    const server = await start(TENANT);
    expect(server.entra).toBeUndefined();
    const mint = await fetch(`${server.url}/_entra/token`, { method: 'POST', body: JSON.stringify({ email: SAMPLE_CEM.email }) });
    expect(mint.headers.get('content-type')).not.toMatch(/json/);
    const local = await LocalEntra.create(LOCAL_ISSUER_BASE);
    const res = await fetch(`${server.url}/api/v1/plans`, { headers: { Authorization: `Bearer ${await local.tokenFor(SAMPLE_CEM.email)}` } });
    expect(res.status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/plans`)).status).toBe(401);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', mode: 'tenant' });
  });

  it('stops with a message naming the setting that is wrong', async () => {
    await expect(start({ ...TENANT, LAPP_AUTHORITY: 'not a url' })).rejects.toThrow(/LAPP_AUTHORITY/);
    await expect(start({ ...TENANT, LAPP_CLIENT_ID: 'my-app' })).rejects.toThrow(/LAPP_CLIENT_ID: must be a GUID/);
  });
});
