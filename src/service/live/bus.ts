/**
 * The live fan-out between service instances: what one instance publishes about a plan reaches
 * every instance with someone subscribed to that plan. Durable events (changes) get an id and are
 * kept for a while so a browser that reconnects can catch up; transient ones (presence, the
 * meeting pointer) are only passed on. Nothing here is the plan's data: that lives in SharePoint.
 */
/** `resync` (transient) asks readers to read the plan again. */
export type LiveEventType = 'change' | 'presence' | 'meeting' | 'resync';

export interface LiveEvent {
  readonly type: LiveEventType;
  readonly data: unknown;
}

/** An event as subscribers receive it; `id` is set on durable events only. */
export interface BusEvent extends LiveEvent {
  readonly id?: string;
}

export type BusListener = (event: BusEvent) => void;

export interface PublishOptions {
  /** Keep the event for catch-up and give it an id (default false: pass on only). */
  readonly durable?: boolean;
}

export interface PlanBus {
  /** Publishes to every subscriber of the plan on every instance; resolves with the id of a durable event. */
  publish(planId: string, event: LiveEvent, options?: PublishOptions): Promise<string | undefined>;
  /** Resolves once the subscription is in place, so nothing published afterwards is missed. */
  subscribe(planId: string, listener: BusListener): Promise<() => Promise<void>>;
  /**
   * The durable events published after `afterId`, oldest first; undefined when they cannot all be
   * given (the id is unknown or older than what is kept), so the reader must read the plan again.
   */
  since(planId: string, afterId: string): Promise<readonly BusEvent[] | undefined>;
  /**
   * Every durable event still kept for the plan, oldest first, and whether that is all there ever
   * were (nothing trimmed or lost), for a catch-up by time.
   */
  recent(planId: string): Promise<{ readonly events: readonly BusEvent[]; readonly complete: boolean }>;
  /** The id to catch up from for someone who has seen everything published so far. */
  head(planId: string): Promise<string>;
  /**
   * True while this instance holds the named lease for `ttlMs` (call again to renew): so that one
   * instance, not each, does work that costs SharePoint resource units.
   */
  lease(name: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How many durable events a plan keeps for catch-up: a long meeting's changes, many times over. */
export const BACKLOG_PER_PLAN = 500;

/**
 * Event ids are `<epoch>.<n>`: n counts a plan's durable events from 1 with no gaps, so a reader
 * can tell whether what is kept still reaches back to its id; the epoch changes when the
 * counters start again (a process or a Redis without persistence restarted), so an id from
 * before is never mistaken for a new one.
 */
export function eventId(epoch: string, n: number): string {
  return `${epoch}.${n}`;
}

export function parseEventId(id: string): { readonly epoch: string; readonly n: number } | undefined {
  const match = /^([0-9a-z]{1,20})\.(\d{1,15})$/.exec(id);
  return match ? { epoch: match[1]!, n: Number(match[2]) } : undefined;
}

/**
 * Of a plan's kept events numbered `first`..`last` (oldest first), those after `afterId`; undefined
 * when the id is from another epoch, from the future, or older than the oldest kept.
 */
export function keptAfter<T>(epoch: string, kept: readonly T[], last: number, afterId: string): readonly T[] | undefined {
  const after = parseEventId(afterId);
  if (!after || after.epoch !== epoch || after.n > last) return undefined;
  const first = last - kept.length + 1;
  if (after.n < first - 1) return undefined;
  return kept.slice(after.n - first + 1);
}
