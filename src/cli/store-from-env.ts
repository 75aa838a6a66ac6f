import path from 'node:path';
import type { Translate } from '../i18n/catalogue';
import type { PlanStore } from '../storage/port';

/** Where a command's plans live: a Graph endpoint, or the in-process stand-in over a data folder (null: in memory). */
export type StorePlace = { readonly graph: string } | { readonly standIn: string | null };

/** Where the plans live, for messages, in the reader's language ("the local stand-in in .data/"). */
export function placeText(t: Translate, place: StorePlace): string {
  if ('graph' in place) return place.graph;
  return place.standIn === null ? t('cli.store.standInMemory') : t('cli.store.standIn', { dir: place.standIn });
}

/** A store for one command, and how to let go of whatever it started. */
export interface StoreSession {
  readonly store: PlanStore;
  /** Where the plans live, for messages (placeText). */
  readonly where: StorePlace;
  /** The Graph root and site the store uses (site set-up finds the site's SharePoint REST address from them). */
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The person's own Graph token, for site set-up with their own SharePoint rights (local mode). */
  readonly graphToken?: () => Promise<string>;
  close(): Promise<void>;
}

/** The stand-in's database file inside LAPP_DATA_DIR: the dev server's, so both see the same plans. */
export const STAND_IN_DB_FILE = 'standin.sqlite';

/**
 * The plan store the environment points at. With LAPP_GRAPH_BASE_URL, that Graph endpoint (a
 * running dev server's stand-in, or a tenant) and LAPP_SITE_ID (default: the stand-in's site),
 * with the bearer token in LAPP_GRAPH_TOKEN and that token's own SharePoint rights.
 * Without it, an in-process stand-in over the SQLite file in LAPP_DATA_DIR (default `.data/`, the
 * dev server's file),
 * seeded with the sample councils the first time, on a free port, stopped again by `close`.
 * The stand-in and the adapter are loaded only when needed, so a command's --help stays quick.
 */
export async function storeFromEnv(env: NodeJS.ProcessEnv): Promise<StoreSession> {
  const { createGraphStore } = await import('../storage/graph');
  const remote = env.LAPP_GRAPH_BASE_URL?.trim();
  if (remote) {
    const { DEFAULT_SITE_ID } = await import('../server/stand-in/site');
    const siteId = env.LAPP_SITE_ID?.trim() || DEFAULT_SITE_ID;
    const token = env.LAPP_GRAPH_TOKEN?.trim();
    const graphToken = token ? async () => token : undefined;
    return { store: createGraphStore({ baseUrl: remote, siteId, getToken: graphToken }), where: { graph: remote }, graphBaseUrl: remote, siteId, graphToken, close: async () => undefined };
  }
  const [{ startStandIn }, { sampleSiteContent }, { parseBudget }, { localServiceSetup }, { PrincipalStore }, { SAMPLE_CEM }, { SITE_SETUP_SCOPES }] = await Promise.all([
    import('../server/stand-in'),
    import('../server/sample-site/sample-site'),
    import('../server/stand-in/metering'),
    import('../server/plan-service-setup'),
    import('../service'),
    import('../server/stand-in/sample-users'),
    import('../auth/scopes'),
  ]);
  const dataDir = env.LAPP_DATA_DIR?.trim() || '.data';
  // As on the dev server, ':memory:' keeps nothing: every command starts from the sample plans.
  const inMemory = dataDir === ':memory:';
  const dbPath = inMemory ? ':memory:' : path.join(path.resolve(dataDir), STAND_IN_DB_FILE);
  // The same budget setting as the dev server: the stand-in meters like the tenant it stands for.
  const resourceUnitsPerMinute = parseBudget(env.STANDIN_RU_PER_MINUTE);
  const standIn = await startStandIn({ port: 0, dbPath, content: sampleSiteContent(), appGrant: 'manage', resourceUnitsPerMinute });
  // The command runs as LAPP_AS (default the sample CEM), through the plan service's rights.
  const as = env.LAPP_AS?.trim() || SAMPLE_CEM.email;
  const setup = localServiceSetup(standIn.entra, standIn.graphBaseUrl, standIn.siteId, env);
  let principal;
  try {
    principal = await setup.verify(`Bearer ${await standIn.entra.tokenFor(as)}`);
  } catch (error) {
    await standIn.close();
    throw error;
  }
  return {
    store: new PrincipalStore(setup.service, principal),
    where: { standIn: inMemory ? null : path.resolve(dataDir) },
    graphBaseUrl: standIn.graphBaseUrl,
    siteId: standIn.siteId,
    // Site set-up asks for what `lapp provision` asks for in a tenant; the stand-in checks it.
    graphToken: () => standIn.tokenFor(as, SITE_SETUP_SCOPES),
    close: () => standIn.close(),
  };
}

/** Runs `work` with the environment's store and always lets the store go afterwards. */
export async function withStore<T>(env: NodeJS.ProcessEnv, work: (session: StoreSession) => Promise<T>): Promise<T> {
  const session = await storeFromEnv(env);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
