import { stableGuid } from '../stand-in/identity';
import { SAMPLE_COUNCILS, SAMPLE_USERS } from '../stand-in/sample-users';
import { LocalIssuer } from './local-issuer';

/** The census office's domain: its tenant holds the site. */
export const LOCAL_SITE_DOMAIN = 'census.example';
/** The app registration's client id in local mode, and its API's application id URI. */
export const LOCAL_CLIENT_ID = stableGuid('app:lapp-local');
export const LOCAL_API_AUDIENCE = `api://localhost/${LOCAL_CLIENT_ID}`;
/** Where local tokens say they come from (`iss` is this plus `/{tenant id}/v2.0`). */
export const LOCAL_ISSUER_BASE = 'https://login.local-entra.invalid';
/** Graph's audience, for the tokens the stand-in accepts. */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

/** The local tenant id of an organisation known by its email domain (stable across restarts). */
export function localTenantId(domain: string): string {
  return stableGuid(`tenant:${domain.toLowerCase()}`);
}

/**
 * The application permissions the app registration is granted (README, "Entra registration"):
 * the site through its Sites.Selected grant, the census office's directory for people search,
 * and Teams activity-feed nudges.
 */
export const LOCAL_APP_ROLES: readonly string[] = ['Sites.Selected', 'User.Read.All', 'TeamsActivity.Send'];

/**
 * The delegated Graph permissions the registration is consented for (README, "Entra
 * registration"): sign-in, and `Sites.Manage.All` for a site owner setting up the site with
 * `lapp provision`. A Graph token asked for without naming scopes carries these, as Entra's
 * `/.default` does; one that names scopes carries only those.
 */
export const LOCAL_DELEGATED_GRAPH_SCOPES: readonly string[] = ['User.Read', 'Sites.Manage.All'];

/** A scope as a token's `scp` spells it: without the resource ("https://graph.microsoft.com/Sites.Manage.All" → "Sites.Manage.All"). */
function scpName(scope: string): string {
  return scope.slice(scope.lastIndexOf('/') + 1);
}

/** Where a person signs in locally: their own organisation's tenant, or the site's as a guest. */
export interface LocalSignIn {
  readonly issuer: LocalIssuer;
  readonly guest: boolean;
}

/**
 * The local stand-in for Entra ID (development and tests only): one issuer for the census
 * office's tenant, which holds the site, and one for each sample council's own tenant. People
 * of an unknown domain sign in to the site's tenant as guests, with `#EXT#` sign-in names.
 */
export class LocalEntra {
  private constructor(
    readonly site: LocalIssuer,
    private readonly councils: ReadonlyMap<string, LocalIssuer>,
  ) {}

  static async create(issuerBase: string, councilDomains: readonly string[] = Object.values(SAMPLE_COUNCILS).map((c) => c.domain)): Promise<LocalEntra> {
    const site = await LocalIssuer.create(localTenantId(LOCAL_SITE_DOMAIN), issuerBase);
    const councils = await Promise.all(councilDomains.map(async (d) => [d, await LocalIssuer.create(localTenantId(d), issuerBase)] as const));
    return new LocalEntra(site, new Map(councils));
  }

  get issuers(): readonly LocalIssuer[] {
    return [this.site, ...this.councils.values()];
  }

  issuerFor(tenantId: string): LocalIssuer | undefined {
    return this.issuers.find((i) => i.tenantId === tenantId);
  }

  /** Where a person signs in: their own tenant, or (`inSiteTenant`) the site's, as a guest if from elsewhere. */
  signInFor(email: string, inSiteTenant = false): LocalSignIn {
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    if (domain === LOCAL_SITE_DOMAIN) return { issuer: this.site, guest: false };
    if (inSiteTenant) return { issuer: this.site, guest: true };
    const council = this.councils.get(domain);
    return council ? { issuer: council, guest: false } : { issuer: this.site, guest: true };
  }

  /**
   * A delegated token for the person with this email, from their tenant, for `audience`: for the
   * plan service's API its one scope, for Graph the `scopes` asked for (default: the consented ones).
   */
  tokenFor(
    email: string,
    audience: string = LOCAL_API_AUDIENCE,
    options: { groups?: readonly string[]; lifetimeSec?: number; inSiteTenant?: boolean; scopes?: readonly string[] } = {},
  ): Promise<string> {
    const lower = email.trim().toLowerCase();
    const { issuer, guest } = this.signInFor(lower, options.inSiteTenant);
    const sample = SAMPLE_USERS.find((u) => u.email === lower);
    return issuer.userToken(
      {
        objectId: stableGuid(`user:${issuer.tenantId}:${lower}`),
        preferredUsername: guest ? `${lower.replace('@', '_')}#EXT#@censusoffice.onmicrosoft.com` : lower,
        displayName: sample?.displayName ?? lower.split('@')[0]!,
        groups: options.groups,
      },
      audience,
      { lifetimeSec: options.lifetimeSec, ...(audience === GRAPH_AUDIENCE && { scp: (options.scopes ?? LOCAL_DELEGATED_GRAPH_SCOPES).map(scpName).join(' ') }) },
    );
  }

  /** The app's own token for Graph (client credentials in the site's tenant). */
  appToken(roles: readonly string[] = LOCAL_APP_ROLES): Promise<string> {
    return this.site.appToken(LOCAL_CLIENT_ID, GRAPH_AUDIENCE, roles);
  }
}
