import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { LOCAL_API_AUDIENCE } from '../../../src/server/local-entra/local-entra';
import type { LocalIssuer } from '../../../src/server/local-entra/local-issuer';

/**
 * Tokens an attacker (or a careless tenant) could bring to the plan service. `signedBy` signs
 * with a local issuer's own key, as a real tenant would sign whatever claims it chooses to put in
 * a token; the others are signed with keys nobody trusts, or not at all.
 */
interface IssuerInternals {
  readonly privateKey: CryptoKey;
  readonly kid: string;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSec = () => Math.floor(Date.now() / 1000);

/** The claims of an ordinary delegated token for the service from `issuer`, with `overrides` on top. */
export function claimsFrom(issuer: LocalIssuer, overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: issuer.issuer,
    aud: LOCAL_API_AUDIENCE,
    tid: issuer.tenantId,
    oid: 'attacker-oid',
    sub: 'attacker-oid',
    preferred_username: 'attacker@census.example',
    name: 'Attacker',
    scp: 'access_as_user',
    ver: '2.0',
    iat: nowSec(),
    nbf: nowSec(),
    exp: nowSec() + 3600,
    ...overrides,
  };
}

/** Signed with the issuer's real key: every claim is whatever the issuing tenant put there. */
export function signedBy(issuer: LocalIssuer, claims: JWTPayload): Promise<string> {
  const own = issuer as unknown as IssuerInternals;
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: own.kid, typ: 'JWT' }).sign(own.privateKey);
}

/** `alg: none`, no signature at all. */
export function unsigned(claims: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** HS256 with the issuer's public JWK (as published) as the shared secret: the classic key confusion. */
export async function hmacWithPublicKey(issuer: LocalIssuer, claims: JWTPayload): Promise<string> {
  const jwk = issuer.jwks().keys[0]!;
  const secret = new TextEncoder().encode(JSON.stringify(jwk));
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: jwk.kid, typ: 'JWT' }).sign(secret);
}

/** Signed with a fresh key that carries the issuer's key id. */
export async function signedByStranger(issuer: LocalIssuer, claims: JWTPayload): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: issuer.jwks().keys[0]!.kid, typ: 'JWT' }).sign(privateKey);
}
