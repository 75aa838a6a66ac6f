import { createHash } from 'node:crypto';
import { decodeJwt, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { GraphHttpError } from './http/reply';
import { remembered } from './memo';
import { SAMPLE_USERS } from './sample-users';

/** Who is calling the stand-in: a person (delegated token) or an application (app-only token). */
export interface Caller {
  readonly id: string;
  /** A person's email; for an application, its id at `apps.invalid` (stored as who made a change). */
  readonly email: string;
  readonly displayName: string;
  /** Present for an app-only token: its client id and application permissions (`roles`). */
  readonly app?: { readonly appId: string; readonly roles: readonly string[] };
  /** A person's delegated permissions (the token's `scp`): what the app may do on their behalf. */
  readonly scopes?: readonly string[];
  /** The app a person signed in to (the token's `azp`), for delegated `Sites.Selected`. */
  readonly clientAppId?: string;
  /** A person from another organisation, invited to the site's tenant (a B2B guest). */
  readonly guest?: boolean;
}

/** The site tenant's token issuer, as the stand-in trusts it (the local Entra stand-in's). */
export interface TrustedIssuer {
  readonly tenantId: string;
  readonly issuer: string;
  readonly keys: JWTVerifyGetKey;
}

/** Reads who is calling from a request's Authorization header; throws Graph's 401 if it cannot. */
export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

const APP_DOMAIN = 'apps.invalid';
/** The audiences Graph and SharePoint accept. */
const AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000', 'https://sharepoint.stand-in'];

/** A stable GUID-shaped id for a name, so the same person keeps the same id across restarts. */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The person an email names: a sample user, or a name made from the email's local part. */
export const callerFor = remembered(personFor);

function personFor(email: string): Caller {
  const lower = email.toLowerCase();
  const sample = SAMPLE_USERS.find((u) => u.email === lower);
  const displayName =
    sample?.displayName ??
    lower
      .split('@')[0]!
      .split(/[._-]+/)
      .filter(Boolean)
      .map((p) => p[0]!.toUpperCase() + p.slice(1))
      .join(' ');
  return { id: stableGuid(`user:${lower}`), email: lower, displayName };
}

export function appCaller(appId: string, roles: readonly string[] = []): Caller {
  return { id: appId, email: `${appId}@${APP_DOMAIN}`, displayName: 'LAPP for Teams', app: { appId, roles } };
}

const unauthenticated = (message: string) => new GraphHttpError(401, 'InvalidAuthenticationToken', message);

/** A guest's "#EXT#" sign-in name back to their address (the last "_" is the "@"). */
function guestEmail(name: string): string {
  const m = /^(.+)#EXT#@/i.exec(name);
  if (!m) return name;
  const at = m[1]!.lastIndexOf('_');
  return at > 0 ? `${m[1]!.slice(0, at)}@${m[1]!.slice(at + 1)}` : name;
}

/**
 * Like Graph, the stand-in accepts only access tokens signed by its tenant's issuer, for Graph:
 * a token from another tenant, an unsigned or expired one, or none at all is 401.
 */
export function createAuthenticator(site: TrustedIssuer): Authenticate {
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) throw unauthenticated('Access token is empty.');
    try {
      decodeJwt(token);
    } catch {
      throw unauthenticated('IDX14100: JWT is not well formed.');
    }
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(token, site.keys, { issuer: site.issuer, audience: AUDIENCES, algorithms: ['ES256', 'RS256'] }));
    } catch {
      throw unauthenticated('Access token validation failure. Invalid audience, issuer, signature or lifetime.');
    }
    if (claims.tid !== site.tenantId) throw unauthenticated('Access token is from another tenant.');
    if (claims.idtyp === 'app') {
      const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
      return appCaller(String(claims.appid ?? claims.azp ?? claims.sub), roles);
    }
    const name = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
    const email = guestEmail(name).toLowerCase();
    if (!email.includes('@')) throw unauthenticated('Access token names no user.');
    const person = callerFor(email);
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
    const displayName = typeof claims.name === 'string' && claims.name ? claims.name : person.displayName;
    const clientAppId = typeof claims.azp === 'string' ? claims.azp : typeof claims.appid === 'string' ? claims.appid : undefined;
    // Entra names a guest "<address with _>#EXT#@<tenant>" in the inviting tenant; the optional `acct` claim says 1.
    const guest = /#EXT#@/i.test(name) || claims.acct === 1;
    return { ...person, displayName, scopes, ...(clientAppId && { clientAppId }), ...(guest && { guest }) };
  };
}

/** Graph's identitySet for an item's createdBy / lastModifiedBy. */
export function identitySet(email: string): { user?: { id: string; displayName: string; email: string }; application?: { id: string; displayName: string } } {
  if (email.endsWith(`@${APP_DOMAIN}`)) return { application: { id: email.split('@')[0]!, displayName: 'LAPP for Teams' } };
  const c = callerFor(email);
  return { user: { id: c.id, displayName: c.displayName, email: c.email } };
}
