import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { principalFromClaims, TokenRejected, type Principal } from './principal';

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
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof TokenRejected) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenRejected('The token has expired: sign in again.');
      if (error instanceof errors.JWTClaimValidationFailed) throw new TokenRejected(`The token was not issued for this service (${error.claim}).`);
      throw new TokenRejected('The token\'s signature could not be verified.');
    }
  };
}
