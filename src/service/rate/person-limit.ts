/**
 * How many requests one person may make to the service: a token bucket per person, full at
 * `perMinute` and refilled at `perMinute` a minute. SharePoint meters the app's resource units per
 * tenant across everyone (README, "Live updates"), so without this one person's script or stuck
 * browser could spend the whole tenant's budget and throttle every other council's people.
 */
export interface PersonLimit {
  readonly perMinute: number;
}

export type Admission = { readonly ok: true; readonly remaining: number } | { readonly ok: false; readonly retryAfterSec: number };

/** Buckets kept at most; full buckets are dropped first, as they hold nothing a new one would not. */
const MAX_PEOPLE = 50_000;

export class PersonLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: PersonLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the person's bucket, or says how long until one is there. */
  take(person: string): Admission {
    const now = this.now();
    const { perMinute } = this.limit;
    const perMs = perMinute / 60_000;
    const held = this.buckets.get(person);
    const tokens = held ? Math.min(perMinute, held.tokens + (now - held.at) * perMs) : perMinute;
    if (tokens < 1) {
      this.buckets.set(person, { tokens, at: now });
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.delete(person);
    this.buckets.set(person, { tokens: tokens - 1, at: now });
    if (this.buckets.size > MAX_PEOPLE) this.forgetFull(now, perMs);
    return { ok: true, remaining: Math.floor(tokens - 1) };
  }

  private forgetFull(now: number, perMs: number): void {
    for (const [person, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.limit.perMinute) this.buckets.delete(person);
    }
    // Everyone busy at once: the oldest go (they are refilled the most).
    for (const person of this.buckets.keys()) {
      if (this.buckets.size <= MAX_PEOPLE) break;
      this.buckets.delete(person);
    }
  }
}

/**
 * LAPP_PERSON_REQUESTS_PER_MINUTE: a number, or "unlimited"; unset, `fallback` (undefined: no limit).
 * A typo stops the server with the setting's name.
 */
export function personLimitFromEnv(env: NodeJS.ProcessEnv, fallback: number | undefined): PersonLimit | undefined {
  const raw = env.LAPP_PERSON_REQUESTS_PER_MINUTE?.trim();
  if (raw === undefined || raw === '') return fallback === undefined ? undefined : { perMinute: fallback };
  if (raw.toLowerCase() === 'unlimited') return undefined;
  const perMinute = Number(raw);
  if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error(`LAPP_PERSON_REQUESTS_PER_MINUTE must be a whole number of at least 1, or "unlimited"; not "${raw}".`);
  return { perMinute };
}
