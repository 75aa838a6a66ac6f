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
 * sign-in name), and `email` only when the optional claim is configured; a guest's sign-in name
 * is `#EXT#` mangled and a guest may have no `mail`. Prefer the sign-in name of a member, the
 * unmangled address of a guest, then `email`, then `upn`.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const tenantId = text(claims.tid);
  const objectId = text(claims.oid) ?? text(claims.sub);
  if (!tenantId || !objectId) throw new TokenRejected('The token names no tenant (tid) or no user (oid).');
  const names = [claims.preferred_username, claims.upn, claims.unique_name, claims.email].map(text).filter((n): n is string => !!n);
  const candidates = names.map((n) => emailFromGuestName(n) ?? n).filter((n) => EMAIL.test(n));
  const email = candidates[0]?.toLowerCase();
  if (!email) throw new TokenRejected('The token carries no email address or sign-in name to know the person by.');
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
  return { objectId, tenantId: tenantId.toLowerCase(), email, displayName: text(claims.name) ?? email, groups };
}
