import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sectionById, type AnyRow, type RowSectionId } from '../../src/plan';
import { startStandIn, type RunningStandIn } from '../../src/server/stand-in';
import { SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { createLive, findRowWithOpenHeaders, handleLiveRoute, ManualClock, type Live } from '../../src/service/live';
import { handleRollupRoute } from '../../src/service/rollup';
import { createGraphStore, type GraphStore } from '../../src/storage/graph';
import { generatePlan } from './fictional-plan';
import { insertPlans } from './stand-in-data';

/** Rows in each generated plan: a plan in mid-year. */
export const RU_PLAN_ROWS = 100;
export const ruPlanId = (n: number) => `rubench-${String(n).padStart(3, '0')}`;

export interface RuSite {
  readonly apiBase: string;
  readonly clock: ManualClock;
  readonly standIn: RunningStandIn;
  readonly live: Live;
  /** A store straight to the stand-in, as today's browser has one. */
  graphFor(email: string): GraphStore;
  units(): number;
  reset(): void;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/**
 * The plan service's SharePoint traffic for the benchmark: the stand-in with `plans` fictional
 * plans, the service's app-only Graph store, its live side (bus, hub, outside-edits watcher on a
 * simulated clock) and the live and roll-up routes, over real HTTP. Reading a plan and writing a
 * row do what the service does against SharePoint: a filtered read of the plan's header for the
 * caller's rights, then the plan read or the write, which is announced to the plan's readers.
 */
export async function startRuSite(plans: number): Promise<RuSite> {
  const standIn = await startStandIn({ dbPath: ':memory:', resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
  insertPlans(standIn.db, Array.from({ length: plans }, (_, i) => generatePlan(ruPlanId(i + 1), RU_PLAN_ROWS)));
  const graphFor = (email: string) =>
    createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: async () => `standin:${email}` });
  const app = createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId });
  const clock = new ManualClock(Date.now());
  const live = createLive({ store: app, env: {}, clock });
  // The service's lookups before a read or a write: the plan's header (the caller's rights), and
  // for a create the row's key (a repeated create). Each is one filtered multi-item read, 2 RU;
  // reading the header list costs the same, so it stands in for both here.
  const readHeader = async (_section: string, planId: string): Promise<AnyRow | undefined> =>
    (await app.loadPlansWithSections([])).find((p) => p.header.key === planId)?.header;
  // While a plan is open, its header is answered from what the live side keeps (OpenPlanHeaders).
  const findHeader = findRowWithOpenHeaders(live.hub.headers, readHeader);
  const lookup = async (planId: string): Promise<void> => {
    if (!(await findHeader('plan', planId))) throw new Error(`No plan ${planId}`);
  };
  const lookupKey = async (planId: string): Promise<void> => void (await readHeader('plan', planId));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench.invalid');
    const email = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const caller = { email, displayName: email };
    void (async () => {
      if (await handleLiveRoute(req, res, url, { hub: live.hub, caller, canRead: async () => true })) return;
      if (await handleRollupRoute(req, res, url, { mayReadRollup: async () => email === SAMPLE_MANAGER.email, loadPlansWithSections: (s) => app.loadPlansWithSections(s) })) return;
      const plan = /^\/api\/v1\/plans\/([^/]+)$/.exec(url.pathname);
      if (plan && req.method === 'GET') {
        await lookup(plan[1]!);
        return sendJson(res, 200, await app.loadPlan(plan[1]!));
      }
      const rows = /^\/api\/v1\/plans\/([^/]+)\/sections\/([^/]+)\/rows$/.exec(url.pathname);
      if (rows && req.method === 'POST') {
        const body = await readBody(req);
        await lookup(rows[1]!);
        await lookupKey(rows[1]!);
        const section = sectionById(rows[2] as RowSectionId).id as RowSectionId;
        const row = await app.createRow({ section, planId: rows[1]!, key: String(body.key), values: body.values as Record<string, never> });
        await live.hub.written(rows[1]!, row, caller);
        return sendJson(res, 201, row);
      }
      return sendJson(res, 404, { error: { code: 'notFound', message: url.pathname } });
    })().catch((error: unknown) => sendJson(res, 500, { error: { code: 'bench', message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  return {
    apiBase,
    clock,
    standIn,
    live,
    graphFor,
    units: () => standIn.usage().total,
    reset: () => standIn.resetUsage(),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await live.close();
      await standIn.close();
    },
  };
}
