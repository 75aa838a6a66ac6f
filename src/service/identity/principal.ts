import type { JWTPayload } from 'jose';

/** The person (or the app itself) behind a verified token, as the plan service uses them. */
export interface Principal {
  /** Entra object id in its home tenant. */
  readonly objectId: string;
  readonly tenantId: string;
  /** Lower-case, stable: what plans name people by. */
  readonly email: string;
  readonly displayName: string;
  /** Entra group ids from the token's `groups` claim (managers and site owners may be a group). */
  readonly groups: readonly string[];
  /** A guest of its tenant (an `#EXT#` sign-in name or `acct` 1): someone else's person, invited. */
  readonly guest?: boolean;
}

export class TokenRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRejected';
  }
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * A guest's sign-in name in the host tenant is their address with "@" turned into "_" and
 * "#EXT#@host.onmicrosoft.com" added: "sam_council.example#EXT#@census.onmicrosoft.com" is
 * sam@council.example. The last "_" is the "@" (local parts may hold "_", domains may not).
 */
export function emailFromGuestName(name: string): string | undefined {
  const m = /^(.+)#EXT#@/i.exec(name);
  if (!m) return undefined;
  const at = m[1]!.lastIndexOf('_');
  if (at <= 0) return undefined;
  const email = `${m[1]!.slice(0, at)}@${m[1]!.slice(at + 1)}`;
  return EMAIL.test(email) ? email : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The stable email of a verified token's person. v2 tokens carry `preferred_username` (the
 * sign-in name, whose domain the issuing tenant has verified), and `email` only when the
 * optional claim is configured; a guest's sign-in name is `#EXT#` mangled and a guest may have no
 * `mail`. Prefer the sign-in name of a member, the unmangled address of a guest, then `upn`.
 * The `email` claim is taken only when the tenant says it verified its domain (`xms_edov`):
 * otherwise it is whatever an administrator typed, and any tenant could claim any address.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const tenantId = text(claims.tid);
  const objectId = text(claims.oid) ?? text(claims.sub);
  if (!tenantId || !objectId) throw new TokenRejected('The token names no tenant (tid) or no user (oid).');
  const verifiedEmail = claims.xms_edov === true || claims.xms_edov === 1 || claims.xms_edov === 'true' ? claims.email : undefined;
  const names = [claims.preferred_username, claims.upn, claims.unique_name, verifiedEmail].map(text).filter((n): n is string => !!n);
  const candidates = names.map((n) => ({ email: emailFromGuestName(n) ?? n, guest: emailFromGuestName(n) !== undefined })).filter((n) => EMAIL.test(n.email));
  const chosen = candidates[0];
  if (!chosen) throw new TokenRejected('The token carries no verified email address or sign-in name to know the person by.');
  const email = chosen.email.toLowerCase();
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
  const guest = chosen.guest || claims.acct === 1;
  return { objectId, tenantId: tenantId.toLowerCase(), email, displayName: text(claims.name) ?? email, groups, guest };
}

/** The domain of an address, lower-case. */
export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
