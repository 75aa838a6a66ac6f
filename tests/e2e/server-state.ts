/**
 * How the specs find the server global-setup.ts started: environment variables, which Jest's
 * workers inherit from the process that ran the global setup.
 */
export const SERVER_ENV = {
  url: 'LAPP_E2E_URL',
  graphBaseUrl: 'LAPP_E2E_GRAPH_URL',
  siteId: 'LAPP_E2E_SITE_ID',
} as const;

export interface E2eServer {
  /** e.g. http://localhost:41234 */
  readonly url: string;
  readonly graphBaseUrl: string;
  readonly siteId: string;
}

/** The server of this run; a clear error when a spec is run without the e2e config. */
export function e2eServer(): E2eServer {
  const url = process.env[SERVER_ENV.url];
  const graphBaseUrl = process.env[SERVER_ENV.graphBaseUrl];
  const siteId = process.env[SERVER_ENV.siteId];
  if (!url || !graphBaseUrl || !siteId) {
    throw new Error('No e2e server: run the specs with `jest -c tests/e2e/jest.config.js` (npm run test:e2e), which starts it.');
  }
  return { url, graphBaseUrl, siteId };
}

/**
 * A Graph token for a person from the server's local issuer (local mode only), for specs that
 * check what reached SharePoint by reading the stand-in directly as the site's owner.
 */
export async function e2eGraphToken(email: string): Promise<string> {
  const res = await fetch(`${e2eServer().url}/_entra/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, audience: 'graph' }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`The local issuer gave no token for ${email} (${res.status}).`);
  return body.access_token;
}

/**
 * The dev server over a fresh stand-in database seeded with the sample councils, serving the
 * built app from dist/ (or LAPP_E2E_DIST): a free port unless one is given.
 */
export async function startSampleServer(port = 0) {
  const { existsSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { startDevServer } = await import('../../src/server/dev-server');
  const distDir = process.env.LAPP_E2E_DIST ?? path.resolve(__dirname, '..', '..', 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`The app is not built (${distDir}/index.html is missing): run \`npm run build\` before the e2e tests.`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lapp-e2e-'));
  // An empty environment: local mode, whatever LAPP_* settings the shell has. Every spec's people
  // share one stand-in bucket within the same minute, far more than one tenant's app would;
  // throttling itself is tested in tests/server/metering.test.ts.
  const server = await startDevServer({ port, dataDir, distDir, env: {}, resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
  return { server, dataDir };
}

/** Points every helper here and in the harness at this server. */
export function addressServer(server: { url: string; standInUrl?: string; siteId?: string }): void {
  process.env[SERVER_ENV.url] = server.url;
  process.env[SERVER_ENV.graphBaseUrl] = server.standInUrl ?? '';
  process.env[SERVER_ENV.siteId] = server.siteId ?? '';
}

/**
 * A server of the spec's own, over fresh sample data, for a spec that needs the sample plan's next
 * meeting as the seed leaves it (the shared server's is changed by the specs before). Until the
 * function returned is called, every helper here and in the harness addresses it.
 */
export async function startOwnServer(): Promise<() => Promise<void>> {
  const { rmSync } = await import('node:fs');
  const shared = Object.fromEntries(Object.values(SERVER_ENV).map((name) => [name, process.env[name]]));
  const { server, dataDir } = await startSampleServer();
  addressServer(server);
  return async () => {
    for (const [name, value] of Object.entries(shared)) process.env[name] = value;
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
