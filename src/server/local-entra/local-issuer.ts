import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTVerifyGetKey } from 'jose';
import { randomUUID } from 'node:crypto';

/** What a local token says about a person; Entra's v2 access token claims. */
export interface LocalUserClaims {
  readonly objectId: string;
  readonly preferredUsername: string;
  readonly displayName: string;
  readonly groups?: readonly string[];
}

const LIFETIME_SEC = 3600;

/**
 * One local stand-in for an Entra tenant's token issuer (development and tests only): a signing
 * key made at start, its JWKS, and tokens shaped like Entra's v2 access tokens. Nothing it mints
 * is accepted anywhere a tenant is configured.
 */
export class LocalIssuer {
  private constructor(
    readonly tenantId: string,
    readonly issuer: string,
    private readonly kid: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    readonly keys: JWTVerifyGetKey,
  ) {}

  static async create(tenantId: string, issuerBase: string): Promise<LocalIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    const issuer = `${issuerBase.replace(/\/+$/, '')}/${tenantId}/v2.0`;
    return new LocalIssuer(tenantId, issuer, kid, privateKey, publicJwk, createLocalJWKSet({ keys: [publicJwk] }));
  }

  /** The public keys, as `/.../discovery/v2.0/keys` serves them. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  private sign(claims: Record<string, unknown>, audience: string, lifetimeSec: number): Promise<string> {
    return new SignJWT({ ...claims, tid: this.tenantId, ver: '2.0' })
      .setProtectedHeader({ alg: 'ES256', kid: this.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${lifetimeSec}s`)
      .sign(this.privateKey);
  }

  /** A delegated token for a person, for `audience`. */
  userToken(user: LocalUserClaims, audience: string, options: { lifetimeSec?: number; scp?: string; clientId?: string } = {}): Promise<string> {
    return this.sign(
      {
        oid: user.objectId,
        sub: user.objectId,
        preferred_username: user.preferredUsername,
        name: user.displayName,
        scp: options.scp ?? 'access_as_user',
        // The client the person signed in to (Entra's azp): delegated Sites.Selected reaches only the sites it is granted.
        ...(options.clientId && { azp: options.clientId }),
        ...(user.groups?.length ? { groups: [...user.groups] } : {}),
      },
      audience,
      options.lifetimeSec ?? LIFETIME_SEC,
    );
  }

  /** An app-only token (client credentials) for `audience` with application roles. */
  appToken(appId: string, audience: string, roles: readonly string[]): Promise<string> {
    return this.sign({ oid: appId, sub: appId, appid: appId, azp: appId, idtyp: 'app', roles: [...roles] }, audience, LIFETIME_SEC);
  }
}
