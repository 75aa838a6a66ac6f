import { createHash } from 'node:crypto';
import { GraphHttpError } from './http/reply';
import { remembered } from './memo';
import { SAMPLE_CEM, SAMPLE_USERS } from './sample-users';

/** Who is calling the stand-in, taken from `Authorization: Bearer standin:<email>`. */
export interface Caller {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
}

const BEARER = /^Bearer\s+standin:(\S+@\S+)$/i;

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

/** The caller of a request; no header means the sample CEM (the stand-in is for development only). */
export function callerFromAuthorization(header: string | undefined): Caller {
  if (!header) return callerFor(SAMPLE_CEM.email);
  const m = BEARER.exec(header.trim());
  if (!m) {
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. The local stand-in accepts only "Bearer standin:<email>".',
    );
  }
  return callerFor(m[1]!);
}

/** Graph's identitySet for an item's createdBy / lastModifiedBy. */
export function identitySet(email: string): { user: { id: string; displayName: string; email: string } } {
  const c = callerFor(email);
  return { user: { id: c.id, displayName: c.displayName, email: c.email } };
}
