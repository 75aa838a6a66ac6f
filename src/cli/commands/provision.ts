import { parseArgs } from 'node:util';
import { ForbiddenError } from '../../storage/errors';
import type { PlanStore } from '../../storage/port';
import type { SharePointRest, SiteSetupCounts, SiteSetupProgress } from '../../storage/sharepoint-rest';
import type { Command, CommandIo } from '../main';

const USAGE = `Usage: lapp provision [--site <url>] [--json]

Sets up a SharePoint site for LAPP: every list and column of the plan's schema, item versioning
on every list (so SharePoint keeps who changed what), and the managers' views. It only adds what
is missing, so it is safe to run again.

A real tenant (LAPP_CLIENT_ID set): --site is the site's address, for example
https://contoso.sharepoint.com/sites/census. You sign in with a code shown here, on any device;
you need to own the site, and the app needs the delegated Sites.Manage.All permission.
  LAPP_CLIENT_ID   the Entra app's client ID (public client flows allowed)
  LAPP_AUTHORITY   https://login.microsoftonline.com/<tenant that holds the site>

Otherwise the local stand-in (LAPP_DATA_DIR, default .data/, or LAPP_GRAPH_BASE_URL with
LAPP_SITE_ID): --site may be left out, or be the stand-in's own site address.

Options:
  --site <url>  the SharePoint site to set up
  --json        print what was done as JSON (progress goes to stderr)
  --help        show this help`;

const GRAPH = 'https://graph.microsoft.com/v1.0';

/** What to set up and how to reach it. */
interface Target {
  readonly store: PlanStore;
  readonly sharePoint: SharePointRest;
  readonly where: string;
  /** Gives the app its Sites.Selected grant on the site (tenant only); the line to show. */
  readonly grantApp?: () => Promise<string>;
  close(): Promise<void>;
}

/** A mistake in how the command was called: answered with the usage, exit code 2. */
class UsageError extends Error {}

/** A real tenant: device-code sign-in, the site found by its address, Graph and SharePoint tokens. */
async function tenantTarget(site: string | undefined, io: CommandIo): Promise<Target> {
  const authority = io.env.LAPP_AUTHORITY?.trim();
  if (!site) throw new UsageError('--site is needed to set up a site in a tenant, e.g. --site https://contoso.sharepoint.com/sites/census.');
  if (!authority) throw new UsageError('LAPP_AUTHORITY is needed with LAPP_CLIENT_ID, e.g. https://login.microsoftonline.com/contoso.onmicrosoft.com.');
  const { resolveSite, siteKeyForUrl, SharePointRest } = await import('../../storage/sharepoint-rest');
  const key = siteKeyForUrl(site);
  const [{ createDeviceCodeSignIn }, { SITE_SETUP_SCOPES, sharePointScopes }, { createGraphStore }] = await Promise.all([
    import('../../auth/device-code'),
    import('../../auth/scopes'),
    import('../../storage/graph'),
  ]);
  const signIn = createDeviceCodeSignIn({
    clientId: io.env.LAPP_CLIENT_ID!.trim(),
    authority,
    prompt: { write: (text) => io.err(text.trimEnd()) },
  });
  const graphToken = () => signIn.getToken(SITE_SETUP_SCOPES);
  const resolved = await resolveSite(GRAPH, key, { getToken: graphToken });
  const sharePointToken = sharePointScopes(new URL(resolved.webUrl).origin);
  const store = createGraphStore({ baseUrl: GRAPH, siteId: resolved.id, getToken: graphToken });
  const clientId = io.env.LAPP_CLIENT_ID!.trim();
  const grantApp = async () => {
    try {
      // Write on this one site is all the plan service needs day to day (see README).
      await store.grantApp(clientId, 'LAPP for Teams', 'write');
      return `The app ${clientId} has write access to this site (Sites.Selected).`;
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      return `Could not give the app its Sites.Selected grant (${error.message}); an administrator can: see README, "Registering the app in Entra ID".`;
    }
  };
  return {
    store,
    grantApp,
    sharePoint: new SharePointRest({ siteUrl: resolved.webUrl, getToken: () => signIn.getToken(sharePointToken) }),
    where: resolved.webUrl,
    close: async () => undefined,
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The same site address, ignoring a final slash; `anyPort` for an in-process stand-in, whose port changes every run. */
function sameSite(given: string, actual: string, anyPort: boolean): boolean {
  let a: URL;
  try {
    a = new URL(given.trim());
  } catch {
    return false;
  }
  const b = new URL(actual);
  const host = (u: URL) => (LOOPBACK.has(u.hostname) ? 'loopback' : u.hostname);
  const path = (u: URL) => u.pathname.replace(/\/+$/, '').toLowerCase();
  return a.protocol === b.protocol && host(a) === host(b) && (anyPort || a.port === b.port) && path(a) === path(b);
}

/** The local stand-in the environment points at (see store-from-env.ts). */
async function standInTarget(site: string | undefined, io: CommandIo): Promise<Target> {
  const [{ storeFromEnv }, { resolveSite, SharePointRest }] = await Promise.all([import('../store-from-env'), import('../../storage/sharepoint-rest')]);
  const session = await storeFromEnv(io.env);
  try {
    const { webUrl } = await resolveSite(session.graphBaseUrl, session.siteId, { getToken: session.graphToken });
    if (site && !sameSite(site, webUrl, !io.env.LAPP_GRAPH_BASE_URL?.trim())) {
      throw new UsageError(
        `${session.where} has one site, ${webUrl}, not ${site}. To set up a site in Microsoft 365, set LAPP_CLIENT_ID and LAPP_AUTHORITY.`,
      );
    }
    return { store: session.store, sharePoint: new SharePointRest({ siteUrl: webUrl, getToken: session.graphToken }), where: `${webUrl}, ${session.where}`, close: () => session.close() };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** One progress line: "[ 3/69] LAPP Actions: created (14 columns)". */
function progressLine({ event, done, total }: SiteSetupProgress): string {
  const counter = `[${String(done).padStart(String(total).length)}/${total}]`;
  switch (event.kind) {
    case 'list': {
      const { list, action, columnsAdded } = event.step;
      if (action === 'created') return `${counter} ${list}: created (${columnsAdded.length} columns)`;
      if (action === 'columns added') return `${counter} ${list}: columns added (${columnsAdded.join(', ')})`;
      return `${counter} ${list}: up to date`;
    }
    case 'versioning':
      return `${counter} ${event.list}: versioning ${event.turnedOn ? 'turned on' : 'already on'}`;
    case 'view':
      return `${counter} ${event.list}: view "${event.view}" ${event.added ? 'added' : 'already there'}`;
  }
}

/** The closing line: what changed, or that nothing needed to. */
function summaryOf(counts: SiteSetupCounts): string {
  const { listsCreated, listsGivenColumns, versioningTurnedOn, viewsAdded } = counts;
  if (listsCreated + listsGivenColumns + versioningTurnedOn + viewsAdded === 0) {
    return 'Nothing to change: every list, column, view and versioning setting was already in place.';
  }
  return `Done: ${listsCreated} lists created, ${listsGivenColumns} given missing columns, versioning turned on for ${versioningTurnedOn} lists, ${viewsAdded} views added.`;
}

/** `lapp provision [--site <url>] [--json]`. */
export const run: Command = async (args, io) => {
  let site: string | undefined;
  let json: boolean;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { site: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    site = values.site;
    json = values.json ?? false;
  } catch (error) {
    io.err(`lapp provision: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  let target: Target;
  try {
    target = io.env.LAPP_CLIENT_ID?.trim() ? await tenantTarget(site, io) : await standInTarget(site, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    io.err(`lapp provision: ${error.message}`);
    return 2;
  }
  try {
    const say = json ? io.err : io.out;
    say(`Setting up ${target.where}.`);
    const { setUpSite, countChanges, timeZoneWarning } = await import('../../storage/sharepoint-rest');
    const report = await setUpSite(target.store, target.sharePoint, (progress) => say(progressLine(progress)));
    io.out(json ? JSON.stringify(report, null, 2) : summaryOf(countChanges(report)));
    if (target.grantApp) io.err(await target.grantApp());
    const warning = timeZoneWarning(report.timeZone);
    if (warning) io.err(`Warning: ${warning}`);
    return 0;
  } finally {
    await target.close();
  }
};
