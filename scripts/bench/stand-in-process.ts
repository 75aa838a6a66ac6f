/**
 * The benchmark's stand-in, in a process of its own (started by bench-site.ts) so that serving
 * SharePoint's answers does not take the client's thread, as a real server would not. Fills the
 * database with one fictional plan per size, then delays every request by the given latency.
 * The plan service runs here too, in front of it, as the browser's way to the plans.
 * Argv: <rows,rows,…> <latencyMs>. Sends `{ graphBaseUrl, siteId, tokens, apiBase, serviceTokens }`
 * when ready; stops when the parent disconnects.
 */
import { startStandIn } from '../../src/server/stand-in';
import { grant } from '../../src/server/stand-in/db/permissions-repo';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { listenPlanService } from '../chaos/plan-service-server';
import { BENCH_ACLM_EMAIL, benchPlanId, generatePlan } from './fictional-plan';
import { insertPlans } from './stand-in-data';

async function serve(): Promise<void> {
  const [rowsArg = '', latencyArg = '0'] = process.argv.slice(2);
  // The benchmark reads what it spent (usage()) rather than being slowed by a budget.
  const standIn = await startStandIn({ dbPath: ':memory:', resourceUnitsPerMinute: Number.POSITIVE_INFINITY, appGrant: 'manage' });
  insertPlans(
    standIn.db,
    rowsArg.split(',').map((rows) => generatePlan(benchPlanId(Number(rows)), Number(rows))),
  );
  standIn.setFaults({ latencyMs: Number(latencyArg) });
  const service = await listenPlanService(standIn.entra, standIn.graphBaseUrl, standIn.siteId);
  process.on('disconnect', () => {
    service.server.closeAllConnections();
    service.server.close();
    void service.setup.live.close().then(() => standIn.close()).then(() => process.exit(0));
  });
  // Tokens from the stand-in's own issuer (an hour is longer than any run): the site's owner and,
  // for a second reader, a site member, as direct SharePoint access needs.
  grant(standIn.db, 'user', BENCH_ACLM_EMAIL, 'Bench ACLM', 'write');
  const tokens = { owner: await standIn.tokenFor(SAMPLE_CEM.email), [BENCH_ACLM_EMAIL]: await standIn.tokenFor(BENCH_ACLM_EMAIL) };
  // The same two people through the service, signed in with tokens for its own API.
  const serviceTokens = { owner: await standIn.entra.tokenFor(SAMPLE_CEM.email), [BENCH_ACLM_EMAIL]: await standIn.entra.tokenFor(BENCH_ACLM_EMAIL) };
  process.send?.({ graphBaseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, tokens, apiBase: service.apiBase, serviceTokens });
}

serve().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
