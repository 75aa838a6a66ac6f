import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { domainOf, principalFromClaims, TokenRejected, type Principal } from './principal';

/** A tenant whose tokens the service accepts: who issues them and where their signing keys are. */
export interface TrustedTenant {
  readonly tenantId: string;
  /** The exact `iss` of its v2 access tokens, e.g. https://login.microsoftonline.com/{tid}/v2.0 */
  readonly issuer: string;
  readonly keys: JWTVerifyGetKey;
}

export interface TokenVerifierOptions {
  /** The service's own API: its application id URI and/or client id (v2 tokens carry the client id). */
  readonly audiences: readonly string[];
  readonly tenants: readonly TrustedTenant[];
  /**
   * Which tenant each email domain belongs to (the site's own domains, and councils' where known):
   * an address at such a domain is believed only from its tenant, or as a guest of the site's.
   */
  readonly domainOwners?: ReadonlyMap<string, string>;
  /** The tenant that holds the site: the one whose guests may have addresses anywhere. */
  readonly siteTenantId?: string;
  /** Allowed clock skew in seconds (default 60). */
  readonly clockToleranceSec?: number;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const ENTRA_KEYS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/**
 * Entra ID tenants: one JWKS for every tenant (jose caches it and refetches on an unknown key id,
 * at most every 30 s), each tenant's own issuer.
 */
export function entraTenants(tenantIds: readonly string[]): TrustedTenant[] {
  const keys = createRemoteJWKSet(new URL(ENTRA_KEYS_URL), { cacheMaxAge: 12 * 3_600_000, cooldownDuration: 30_000 });
  return tenantIds.map((tenantId) => ({ tenantId, issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`, keys }));
}

/** The delegated scope the service's API exposes; a token without it is not for a person using the app. */
export const API_SCOPE = 'access_as_user';

/**
 * A verified domain belongs to one tenant only, so an address at a domain known to be another
 * tenant's is someone pretending (an unverified attribute, or a tenant making up names).
 */
function checkAddressOwner(principal: Principal, options: TokenVerifierOptions): void {
  const owner = options.domainOwners?.get(domainOf(principal.email))?.toLowerCase();
  if (owner === undefined || owner === principal.tenantId) return;
  if (principal.guest && principal.tenantId === options.siteTenantId?.toLowerCase()) return;
  throw new TokenRejected(`An address at ${domainOf(principal.email)} signs in through its own organisation, not this one.`);
}

/**
 * Checks `Authorization: Bearer <JWT>`: a tenant on the allow-list, then signature, issuer,
 * audience, expiry and not-before with jose. Every failure is a TokenRejected with the reason.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const byTenant = new Map(options.tenants.map((t) => [t.tenantId.toLowerCase(), t]));
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) throw new TokenRejected('Sign in: this request carries no bearer token.');
    let tid: unknown;
    try {
      tid = decodeJwt(token).tid;
    } catch {
      throw new TokenRejected('The bearer token is not a JSON Web Token.');
    }
    const tenant = typeof tid === 'string' ? byTenant.get(tid.toLowerCase()) : undefined;
    if (!tenant) throw new TokenRejected('Tokens from this organisation are not accepted by this service.');
    try {
      const { payload } = await jwtVerify(token, tenant.keys, {
        issuer: tenant.issuer,
        audience: [...options.audiences],
        algorithms: ['RS256', 'ES256'],
        clockTolerance: options.clockToleranceSec ?? 60,
        requiredClaims: ['exp', 'tid'],
      });
      if (String(payload.tid).toLowerCase() !== tenant.tenantId.toLowerCase()) throw new TokenRejected('The token\'s tenant does not match its issuer.');
      // App-only tokens carry roles, not scp: the service acts for people, never for another app.
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(API_SCOPE)) throw new TokenRejected(`The token was not issued for a person using this app (scope ${API_SCOPE}).`);
      const principal = principalFromClaims(payload);
      checkAddressOwner(principal, options);
      return principal;
    } catch (error) {
      if (error instanceof TokenRejected) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenRejected('The token has expired: sign in again.');
      if (error instanceof errors.JWTClaimValidationFailed) throw new TokenRejected(`The token was not issued for this service (${error.claim}).`);
      throw new TokenRejected('The token\'s signature could not be verified.');
    }
  };
}
