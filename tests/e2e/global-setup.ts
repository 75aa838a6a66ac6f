import type { RunningDevServer } from '../../src/server/dev-server';
import { addressServer, startSampleServer } from './server-state';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var lappE2e: { server: RunningDevServer; dataDir: string } | undefined;
}

/** Starts the dev server once for every spec, on a free port (or LAPP_E2E_PORT). */
export default async function globalSetup(): Promise<void> {
  const run = await startSampleServer(Number(process.env.LAPP_E2E_PORT ?? 0));
  addressServer(run.server);
  globalThis.lappE2e = run;
}
