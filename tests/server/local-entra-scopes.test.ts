import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { LOCAL_ISSUER_BASE, LocalEntra } from '../../src/server/local-entra/local-entra';
import { createLocalEntraRoutes } from '../../src/server/local-entra/local-entra-routes';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';

/**
 * The local sign-in gives a Graph token the delegated permissions its caller asks for, as Entra
 * does: site set-up asks for Sites.Manage.All and gets only that, so asking for too little fails
 * locally against the stand-in as it would in a tenant.
 */
let server: http.Server;
let url: string;
beforeAll(async () => {
  const routes = createLocalEntraRoutes(await LocalEntra.create(LOCAL_ISSUER_BASE));
  server = http.createServer((req, res) => void routes(req, res, new URL(req.url ?? '/', 'http://x').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_entra/token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mint = (body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body) });
const scpOf = async (res: Response) => decodeJwt(((await res.json()) as { access_token: string }).access_token).scp;

describe('POST /_entra/token', () => {
  it('gives a Graph token exactly the scopes asked for, without their resource', async () => {
    expect(await scpOf(await mint({ email: SAMPLE_CEM.email, audience: 'graph', scopes: ['https://graph.microsoft.com/Sites.Manage.All'] }))).toBe('Sites.Manage.All');
    expect(await scpOf(await mint({ email: SAMPLE_CEM.email, audience: 'graph', scopes: ['User.Read'] }))).toBe('User.Read');
  });

  it("gives the registration's consented scopes when none are named, and the service's token only its own scope", async () => {
    expect(await scpOf(await mint({ email: SAMPLE_CEM.email, audience: 'graph' }))).toBe('User.Read Sites.Manage.All');
    expect(await scpOf(await mint({ email: SAMPLE_CEM.email, scopes: ['Sites.FullControl.All'] }))).toBe('access_as_user');
  });

  it('refuses scopes that are not a list of permission names', async () => {
    for (const scopes of ['Sites.Manage.All', [42], ['Sites Manage'], ['<b>']]) {
      const res = await mint({ email: SAMPLE_CEM.email, audience: 'graph', scopes });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/"scopes" must be a list of permission names/);
    }
  });
});
