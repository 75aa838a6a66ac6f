import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDevServer, type RunningDevServer } from '../../src/server/dev-server';
import { StandInDb } from '../../src/server/stand-in';
import { ManualClock } from '../../src/service/live';
import { createGraphStore, type GraphStore } from '../../src/storage/graph';
import { generatePlan } from './fictional-plan';
import { insertPlans } from './stand-in-data';

/** Rows in each generated plan: a plan in mid-year. */
export const RU_PLAN_ROWS = 100;
export const ruPlanId = (n: number) => `rubench-${String(n).padStart(3, '0')}`;

export interface RuSite {
  readonly apiBase: string;
  readonly clock: ManualClock;
  /** A bearer token for the plan service (or, with an audience, for Graph) for the person. */
  token(email: string, audience?: string): Promise<string>;
  /** A store straight to SharePoint with the person's own token, as today's browser has one. */
  graphFor(email: string): GraphStore;
  units(): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * What `npm start` runs — the plan service (tokens checked, rights per plan, app-only SharePoint,
 * its live side) in front of the stand-in — over a site of `plans` fictional plans, with the
 * live side's clock simulated, the stand-in's budget lifted and its meter read.
 */
export async function startRuSite(plans: number): Promise<RuSite> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lapp-ru-'));
  const db = new StandInDb(path.join(dataDir, 'standin.sqlite'));
  insertPlans(db, Array.from({ length: plans }, (_, i) => generatePlan(ruPlanId(i + 1), RU_PLAN_ROWS)));
  db.close();
  const clock = new ManualClock(Date.now());
  const env: NodeJS.ProcessEnv = { ...process.env, STANDIN_RU_PER_MINUTE: 'unlimited', STANDIN_LATENCY_MS: '0' };
  delete env.PORT;
  delete env.LAPP_CLIENT_ID;
  const server: RunningDevServer = await startDevServer({ port: 0, dataDir, env, liveClock: clock });
  const meter = server.standIn!;
  const entra = server.entra!;
  const tokens = new Map<string, Promise<string>>();
  const token = (email: string, audience?: string) => {
    const key = `${email}|${audience ?? ''}`;
    if (!tokens.has(key)) tokens.set(key, audience ? entra.tokenFor(email, audience) : entra.tokenFor(email));
    return tokens.get(key)!;
  };
  return {
    apiBase: `${server.url}/api/v1`,
    clock,
    token,
    graphFor: (email) =>
      createGraphStore({ baseUrl: server.standInUrl!, siteId: server.siteId!, getToken: () => token(email, 'https://graph.microsoft.com') }),
    units: () => meter.usage().total,
    reset: () => meter.resetUsage(),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
