import { parseArgs } from 'node:util';
import { ForbiddenError } from '../../storage/errors';
import type { PlanStore } from '../../storage/port';
import type { SharePointRest, SiteSetupCounts, SiteSetupProgress } from '../../storage/sharepoint-rest';
import type { Translate } from '../../i18n/catalogue';
import { optionsRefused } from '../command';
import type { Command, RunIo } from '../main';
import { failureText } from '../failure-text';

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
async function tenantTarget(site: string | undefined, io: RunIo): Promise<Target> {
  const { t } = io;
  const authority = io.env.LAPP_AUTHORITY?.trim();
  if (!site) throw new UsageError(t('cli.provision.needSite'));
  if (!authority) throw new UsageError(t('cli.provision.needAuthority'));
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
    onCode: ({ userCode, verificationUri }) => io.err(t('cli.signIn.deviceCode', { url: verificationUri, code: userCode })),
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
      return t('cli.provision.granted', { clientId });
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      return t('cli.provision.grantFailed', { error: failureText(t, error) });
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
async function standInTarget(site: string | undefined, io: RunIo): Promise<Target> {
  const [{ storeFromEnv, placeText }, { resolveSite, SharePointRest }] = await Promise.all([import('../store-from-env'), import('../../storage/sharepoint-rest')]);
  const session = await storeFromEnv(io.env);
  try {
    const { webUrl } = await resolveSite(session.graphBaseUrl, session.siteId, { getToken: session.graphToken });
    if (site && !sameSite(site, webUrl, !io.env.LAPP_GRAPH_BASE_URL?.trim())) {
      throw new UsageError(io.t('cli.provision.otherSite', { where: placeText(io.t, session.where), site: webUrl, given: site }));
    }
    return { store: session.store, sharePoint: new SharePointRest({ siteUrl: webUrl, getToken: session.graphToken }), where: `${webUrl}, ${placeText(io.t, session.where)}`, close: () => session.close() };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** One progress line: "[ 3/69] LAPP Actions: created (14 columns)". */
function progressLine({ event, done, total }: SiteSetupProgress, t: Translate): string {
  const counter = `[${String(done).padStart(String(total).length)}/${total}]`;
  switch (event.kind) {
    case 'list': {
      const { list, action, columnsAdded } = event.step;
      if (action === 'created') return t.plural('cli.provision.created', columnsAdded.length, { counter, list });
      if (action === 'columns added') return t('cli.provision.columnsAdded', { counter, list, columns: columnsAdded.join(', ') });
      return t('cli.provision.upToDate', { counter, list });
    }
    case 'versioning':
      return t(event.turnedOn ? 'cli.provision.versioningTurnedOn' : 'cli.provision.versioningAlreadyOn', { counter, list: event.list });
    case 'view':
      return t(event.added ? 'cli.provision.viewAdded' : 'cli.provision.viewThere', { counter, list: event.list, view: event.view });
  }
}

/** The closing line: what changed, or that nothing needed to. */
function summaryOf(counts: SiteSetupCounts, t: Translate): string {
  const { listsCreated, listsGivenColumns, versioningTurnedOn, viewsAdded } = counts;
  if (listsCreated + listsGivenColumns + versioningTurnedOn + viewsAdded === 0) return t('cli.provision.nothing');
  return t('cli.provision.done', { created: listsCreated, given: listsGivenColumns, versioning: versioningTurnedOn, views: viewsAdded });
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
      io.out(io.t('cli.provision.usage'));
      return 0;
    }
    site = values.site;
    json = values.json ?? false;
  } catch (error) {
    io.err(`lapp provision: ${optionsRefused(io.t, error).error}\n\n${io.t('cli.provision.usage')}`);
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
    say(io.t('cli.provision.settingUp', { where: target.where }));
    const { setUpSite, countChanges, timeZoneWarning } = await import('../../storage/sharepoint-rest');
    const report = await setUpSite(target.store, target.sharePoint, (progress) => say(progressLine(progress, io.t)));
    io.out(json ? JSON.stringify(report, null, 2) : summaryOf(countChanges(report), io.t));
    if (target.grantApp) io.err(await target.grantApp());
    const zone = timeZoneWarning(report.timeZone);
    if (zone) {
      const warning = zone.id === 'notUkTime' ? io.t('cli.provision.timeZone', { zone: zone.zone }) : io.t('cli.provision.timeZoneUnknown');
      io.err(io.t('cli.provision.warning', { warning }));
    }
    return 0;
  } finally {
    await target.close();
  }
};
