import { createHash, randomUUID } from 'node:crypto';
import { isNotificationKind, type PlanNotification } from './kinds';

/** The most nudges kept for one person: past it the oldest are dropped. */
export const DIGEST_LIMIT = 50;

/** A kept nudge with the id its person acknowledges it by. */
export interface DigestItem extends PlanNotification {
  readonly id: string;
}

/**
 * Nudges kept for people Teams cannot reach, shown when they next open the tab. Reading changes
 * nothing: an item stays until its person says they have seen it, by id, so a page that closes
 * before showing the digest loses nothing, and a nudge kept after the read is not acknowledged
 * with the ones shown (as the Teams activity feed keeps items until they are read).
 */
export interface DigestStore {
  add(n: PlanNotification): Promise<void>;
  /** Everything kept for the person, oldest first. */
  read(email: string): Promise<readonly DigestItem[]>;
  /** Drops the person's items with these ids; ids they do not hold are ignored. */
  seen(email: string, ids: readonly string[]): Promise<void>;
}

/** The person's items with `n` added under a new id, the newest DIGEST_LIMIT at most. */
export function withAdded(items: readonly DigestItem[], n: PlanNotification): DigestItem[] {
  return [...items, { ...n, id: randomUUID() }].slice(-DIGEST_LIMIT);
}

/** Nudges stored before they had ids get one from their content, the same at every read. */
const idOf = (n: PlanNotification & { id?: unknown }): string =>
  typeof n.id === 'string' && n.id ? n.id : `kept-${createHash('sha256').update(JSON.stringify(n)).digest('hex').slice(0, 24)}`;

/** Kept items from stored JSON; anything unreadable there is dropped, not trusted. */
export function digestFromJson(text: unknown): DigestItem[] {
  if (typeof text !== 'string' || text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return (parsed as (PlanNotification & { id?: unknown })[])
      .filter((n) => n && isNotificationKind(n.kind) && typeof n.to === 'string')
      .map((n) => ({ ...n, id: idOf(n) }));
  } catch {
    return [];
  }
}

/** Digests held in the service's memory (tests, and a service with no site list). */
export class MemoryDigest implements DigestStore {
  private readonly kept = new Map<string, DigestItem[]>();

  async add(n: PlanNotification): Promise<void> {
    const who = n.to.toLowerCase();
    this.kept.set(who, withAdded(this.kept.get(who) ?? [], n));
  }

  async read(email: string): Promise<readonly DigestItem[]> {
    return this.kept.get(email.toLowerCase()) ?? [];
  }

  async seen(email: string, ids: readonly string[]): Promise<void> {
    const who = email.toLowerCase();
    const drop = new Set(ids);
    const left = (this.kept.get(who) ?? []).filter((n) => !drop.has(n.id));
    if (left.length > 0) this.kept.set(who, left);
    else this.kept.delete(who);
  }
}
