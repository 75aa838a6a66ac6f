import { rmSync } from 'node:fs';

/** Stops the shared dev server and removes its temporary database. */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.lappE2e;
  if (!run) return;
  await run.server.close();
  rmSync(run.dataDir, { recursive: true, force: true });
}
