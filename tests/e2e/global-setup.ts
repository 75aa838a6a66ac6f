import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevServer, type RunningDevServer } from '../../src/server/dev-server';
import { SERVER_ENV } from './server-state';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var lappE2e: { server: RunningDevServer; dataDir: string } | undefined;
}

/**
 * Starts the dev server once for every spec: a free port (or LAPP_E2E_PORT), a fresh stand-in database seeded with
 * the sample councils, serving the built app from dist/ (or LAPP_E2E_DIST).
 */
export default async function globalSetup(): Promise<void> {
  const distDir = process.env.LAPP_E2E_DIST ?? path.resolve(__dirname, '..', '..', 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`The app is not built (${distDir}/index.html is missing): run \`npm run build\` before the e2e tests.`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lapp-e2e-'));
  // An empty environment: local mode, whatever LAPP_* settings the shell has.
  // Every spec's people share one stand-in bucket within the same minute, far more than one
  // tenant's app would; throttling itself is tested in tests/server/metering.test.ts.
  const server = await startDevServer({ port: Number(process.env.LAPP_E2E_PORT ?? 0), dataDir, distDir, env: {}, resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
  process.env[SERVER_ENV.url] = server.url;
  process.env[SERVER_ENV.graphBaseUrl] = server.standInUrl ?? '';
  process.env[SERVER_ENV.siteId] = server.siteId ?? '';
  globalThis.lappE2e = { server, dataDir };
}
