import { appCredentialFromEnv, appTokenProvider } from '../auth/app-only';
import {
  createPlanServiceHandler,
  createTokenVerifier,
  entraTenants,
  listSetting,
  peopleListsFromEnv,
  PlanService,
  tenantIdsSetting,
  type PlanServiceHandler,
  type ServiceAccess,
  type TokenVerifier,
} from '../service';
import { PersonLimiter, personLimitFromEnv, withPersonLimit } from '../service/rate';
import { createLive, withLiveAnnouncements, withLiveApi, type Clock, type Live } from '../service/live';
import { withPeopleApi, type GraphGet } from '../service/people';
import { graphCaller, PersonSettingsList, setUpNotifications, withNotificationsApi, type NotificationsSetup } from '../service/notifications';
import { createGraphStore, type GraphStore } from '../storage/graph';
import { LOCAL_API_AUDIENCE, LOCAL_CLIENT_ID, LOCAL_SITE_DOMAIN, localTenantId, type LocalEntra } from './local-entra/local-entra';
import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from './stand-in/sample-users';

export interface ServiceSetup {
  readonly service: PlanService;
  readonly handler: PlanServiceHandler;
  /** Checks a bearer token as the handler does (the CLI verifies its own local token with it). */
  readonly verify: TokenVerifier;
  /** The live side: event streams, presence, the outside-edits watcher (see src/service/live). */
  readonly live: Live;
}

/**
 * The service over its app-only store, with its live side: every write announced to the plan's
 * readers, the event stream, presence and the roll-up beside the service's own API.
 */
function assemble(
  store: GraphStore,
  access: ServiceAccess,
  verify: TokenVerifier,
  env: NodeJS.ProcessEnv,
  clock?: Clock,
  notifications?: NotificationsSetup,
  graphGet?: GraphGet,
  personLimitByDefault?: number,
): ServiceSetup {
  const personLimit = personLimitFromEnv(env, personLimitByDefault);
  const live = createLive({ store, env, ...(clock && { clock }) });
  const announcing = withLiveAnnouncements(store, live.hub);
  const service = new PlanService(announcing, access, undefined, notifications?.written);
  const api = createPlanServiceHandler({ service, verify });
  const nudgeOptions = { verify, access, findHeader: (planId: string) => announcing.findRow('plan', planId), listPlans: () => announcing.listPlans() };
  const withNudges = notifications ? withNotificationsApi(api, { ...nudgeOptions, notifications }) : api;
  const withPeople = graphGet ? withPeopleApi(withNudges, { verify, access, graph: graphGet }) : withNudges;
  const handler = withLiveApi(withPeople, {
    hub: live.hub,
    verify,
    access,
    findHeader: (planId) => announcing.findRow('plan', planId),
    planOfRow: (section, key) => service.planOfRow(section, key),
    loadPlansWithSections: (sections) => store.loadPlansWithSections(sections),
  });
  const limited = personLimit ? withPersonLimit(handler, { verify, limiter: new PersonLimiter(personLimit) }) : handler;
  return { service, verify, handler: limited, live };
}

/** A token reused until shortly before it expires (local app tokens last an hour). */
function reused(mint: () => Promise<string>, lifetimeMs = 50 * 60_000): () => Promise<string> {
  let current: { token: Promise<string>; until: number } | undefined;
  return () => {
    if (!current || Date.now() > current.until) current = { token: mint(), until: Date.now() + lifetimeMs };
    return current.token;
  };
}

/**
 * Local mode: the service over the stand-in at `graphBaseUrl` with the local app's own token,
 * accepting tokens from the local Entra stand-in's tenants (the census office's and each sample
 * council's). The sample manager and the sample CEM (the site's owner) are configured as such
 * unless LAPP_MANAGERS / LAPP_SITE_OWNERS say otherwise.
 */
export function localServiceSetup(entra: LocalEntra, graphBaseUrl: string, siteId: string, env: NodeJS.ProcessEnv, clock?: Clock): ServiceSetup {
  const lists = peopleListsFromEnv(env);
  const access: ServiceAccess = {
    siteTenantId: entra.site.tenantId,
    managers: lists.managers.emails.length || lists.managers.groups.length ? lists.managers : { emails: [SAMPLE_MANAGER.email], groups: [] },
    siteOwners: lists.siteOwners.emails.length || lists.siteOwners.groups.length ? lists.siteOwners : { emails: [SAMPLE_CEM.email], groups: [] },
  };
  const appToken = reused(() => entra.appToken());
  const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: appToken });
  // The stand-in keeps each person's activity feed; the census office's own people are in the
  // app's tenant, the councils' in theirs, so council people get the digest (as in a tenant).
  const settings = new PersonSettingsList(graphCaller(graphBaseUrl, appToken), siteId);
  const notifications = setUpNotifications({
    graphBaseUrl,
    token: appToken,
    tabOrigin: new URL(graphBaseUrl).origin,
    homeDomains: [SAMPLE_CEM.email.split('@')[1] ?? ''],
    ...personSettings(settings),
  });
  // Each local tenant owns its domain, as a verified domain belongs to one Entra tenant.
  const domains = [LOCAL_SITE_DOMAIN, ...Object.values(SAMPLE_COUNCILS).map((c) => c.domain)].filter((d) => entra.issuerFor(localTenantId(d)));
  const domainOwners = new Map(domains.map((d) => [d, localTenantId(d)]));
  const verify = createTokenVerifier({ audiences: [LOCAL_API_AUDIENCE, LOCAL_CLIENT_ID], tenants: entra.issuers, domainOwners, siteTenantId: entra.site.tenantId });
  const graph = graphCaller(graphBaseUrl, appToken);
  return assemble(store, access, verify, env, clock, notifications, (path) => graph('GET', path));
}

/** One list keeps both each person's opt-outs and their digest. */
const personSettings = (list: PersonSettingsList) => ({ preferences: list, digest: list });

/** The tenant id in LAPP_AUTHORITY (https://login.microsoftonline.com/<tenant id>). */
function siteTenantOf(env: NodeJS.ProcessEnv): string {
  const id = env.LAPP_TENANT_ID ?? new URL(env.LAPP_AUTHORITY ?? 'https://invalid/').pathname.split('/').filter(Boolean)[0];
  return tenantIdsSetting('LAPP_TENANT_ID (or the tenant in LAPP_AUTHORITY)', id)[0] ?? '';
}

/**
 * Requests a minute one person may make in tenant mode unless LAPP_PERSON_REQUESTS_PER_MINUTE
 * says otherwise: two a second, far above a person editing or a meeting's presence, and a small
 * share of a small tenant's 1,200 resource units a minute. Local mode sets none unless asked, so
 * the benchmark and the chaos run measure the service, not the limit.
 */
const TENANT_PERSON_LIMIT = 120;

/**
 * Tenant mode: Entra ID tokens for the app's own API from the site's tenant and the councils'
 * (LAPP_COUNCIL_TENANTS), SharePoint through Graph with the app's certificate or managed identity.
 * Nothing here mints tokens.
 */
export function tenantServiceSetup(env: NodeJS.ProcessEnv): ServiceSetup {
  const clientId = env.LAPP_CLIENT_ID ?? '';
  const siteTenantId = siteTenantOf(env);
  if (!siteTenantId) throw new Error('LAPP_AUTHORITY must name the site tenant: https://login.microsoftonline.com/<tenant id>.');
  const councils = tenantIdsSetting('LAPP_COUNCIL_TENANTS', env.LAPP_COUNCIL_TENANTS);
  const audiences = [clientId, ...listSetting(env.LAPP_API_AUDIENCE)];
  if (env.LAPP_TAB_ORIGIN) audiences.push(`api://${new URL(env.LAPP_TAB_ORIGIN).host}/${clientId}`);
  const access: ServiceAccess = { siteTenantId, ...peopleListsFromEnv(env) };
  const graphBaseUrl = env.LAPP_GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0';
  const appToken = appTokenProvider(appCredentialFromEnv(env, clientId, siteTenantId));
  const store = createGraphStore({ baseUrl: graphBaseUrl, siteId: env.LAPP_SITE_ID ?? '', getToken: appToken });
  // The census office's own domains are believed from its tenant only (LAPP_HOME_DOMAINS).
  const domainOwners = new Map(listSetting(env.LAPP_HOME_DOMAINS).map((d) => [d, siteTenantId]));
  const verify = createTokenVerifier({ audiences, tenants: entraTenants([siteTenantId, ...councils]), domainOwners, siteTenantId });
  // People search reads the site tenant's directory with the app's User.Read.All (an application
  // cannot list users with User.ReadBasic.All: see README, "The stand-in").
  const graph = graphCaller(graphBaseUrl, appToken);
  // Nudges go to the activity feed of people at LAPP_HOME_DOMAINS (TeamsActivity.Send), opening
  // the personal tab; everyone else, and everyone when none is set, gets the digest.
  const notifications = setUpNotifications({
    graphBaseUrl,
    token: appToken,
    tabOrigin: env.LAPP_TAB_ORIGIN ?? 'https://localhost:53000',
    homeDomains: listSetting(env.LAPP_HOME_DOMAINS),
    ...(env.LAPP_APP_ID && { teamsApp: { appId: env.LAPP_APP_ID, entityId: 'myPlans' } }),
    ...personSettings(new PersonSettingsList(graph, env.LAPP_SITE_ID ?? '')),
    onError: (error) => console.error('[notifications]', error instanceof Error ? error.message : String(error)),
  });
  return assemble(store, access, verify, env, undefined, notifications, (path) => graph('GET', path), TENANT_PERSON_LIMIT);
}
