import type { AnyRow } from '../../plan';
import type { RowChange } from '../../storage/port';
import { parseEventId, type BusEvent, type PlanBus } from './bus';
import { EVERY_PLAN, type ChangeEventData, type LivePerson, type MeetingEventData, type PresenceEventData, type StreamEventType } from '../../storage/live-events';
import { OpenPlanHeaders } from './open-plan-headers';
import { OwnWrites } from './own-writes';

/**
 * How far before the browser's `since` a catch-up by time reaches back: its clock may be off, and
 * its plan read started before it asked. Changes given twice are harmless (applied by version).
 */
export const SINCE_MARGIN_MS = 10 * 60_000;

export interface StreamEvent {
  readonly type: StreamEventType;
  readonly data: unknown;
  readonly id?: string;
}

export type StreamSink = (event: StreamEvent) => void;

/** Told when a plan gains its first reader on this instance and loses its last one. */
export interface OpenPlansListener {
  opened(planId: string): void;
  closed(planId: string): void;
}

export interface LiveHubOptions {
  readonly bus: PlanBus;
  readonly now?: () => number;
}

/**
 * The service's live side: publishes every write the service makes to the plan's readers (on
 * every instance, through the bus), passes presence and the meeting pointer on without storing
 * them, and opens streams that catch up from an event id. Rights are checked before `open` is
 * called; this only moves events.
 */
export class LiveHub {
  private readonly bus: PlanBus;
  private readonly now: () => number;
  private readonly readers = new Map<string, number>();
  private readonly everyPlanSinks = new Set<StreamSink>();
  private everyPlanSubscription: Promise<() => Promise<void>> | undefined;
  private openListener: OpenPlansListener | undefined;
  /** The rows this service wrote, so the outside-edits watcher does not announce them again. */
  readonly ownWrites = new OwnWrites();
  /** Headers of the plans open here, for the rights checks (see OpenPlanHeaders). */
  readonly headers = new OpenPlanHeaders();
  private readonly planSubscriptions = new Map<string, Promise<() => Promise<void>>>();

  constructor(options: LiveHubOptions) {
    this.bus = options.bus;
    this.now = options.now ?? (() => Date.now());
  }

  onOpenPlans(listener: OpenPlansListener): void {
    this.openListener = listener;
  }

  /** The plans someone reads through this instance. */
  openPlans(): readonly string[] {
    return [...this.readers.keys()];
  }

  /** Announces changes as the browser knows rows (addressed by key); see `written`/`deleted` for the service's writes. */
  async publishChanges(planId: string, changes: readonly RowChange[], by: LivePerson): Promise<void> {
    if (changes.length === 0) return;
    const data: ChangeEventData = { changes, by, at: new Date(this.now()).toISOString() };
    await this.bus.publish(planId, { type: 'change', data }, { durable: true });
  }

  /** The service wrote `row` (as SharePoint answered it) for `by`: its readers see it at once. */
  async written(planId: string, row: AnyRow, by: LivePerson): Promise<void> {
    this.ownWrites.remember([{ kind: 'upsert', row }]);
    this.headers.remember(row);
    // SharePoint's answer to a write names nobody (a PATCH answers with fields only), but the
    // readers are told who changed what ("Priya changed this while you were typing").
    const named = row.modifiedBy || !by.displayName ? row : { ...row, modifiedBy: by.displayName };
    await this.publishChanges(planId, [{ kind: 'upsert', row: servedRow(named) }], by);
  }

  /** The service deleted `row` (as SharePoint held it) for `by`. */
  async deleted(planId: string, row: AnyRow, by: LivePerson): Promise<void> {
    this.ownWrites.remember([{ kind: 'delete', section: row.section, id: row.id }]);
    await this.publishChanges(planId, [{ kind: 'delete', section: row.section, id: row.key }], by);
  }

  /** Rows written in SharePoint itself, not through this service. */
  async publishOutsideChanges(planId: string, rows: readonly AnyRow[]): Promise<void> {
    const changes = rows.map((row) => ({ kind: 'upsert' as const, row: servedRow(row) }));
    const data: ChangeEventData = { changes, by: { email: '', displayName: '' }, at: new Date(this.now()).toISOString() };
    await this.bus.publish(planId, { type: 'change', data }, { durable: true });
  }

  /**
   * A row was removed in SharePoint itself: list delta names only its SharePoint id, which says
   * nothing of the plan, so every open plan is told to read itself again (rare, and cheaper than
   * a lookup per deletion).
   */
  async publishOutsideDeletion(): Promise<void> {
    await this.bus.publish(EVERY_PLAN, { type: 'resync', data: { reason: 'A row was removed in SharePoint.' } });
  }

  async publishPresence(planId: string, data: PresenceEventData): Promise<void> {
    await this.bus.publish(planId, { type: 'presence', data });
  }

  async publishMeeting(planId: string, data: MeetingEventData): Promise<void> {
    await this.bus.publish(planId, { type: 'meeting', data });
  }

  /**
   * Streams the plan's events to `sink`: first `ready` (or `resync` when `afterId` can no longer be
   * caught up from), then the durable events after `afterId` — or, for a first connection, those
   * published since `sinceMs` (when the browser read the plan) — then everything as it comes,
   * each durable event once and in order. Resolves once subscribed; `close` ends it.
   */
  async open(planId: string, afterId: string | undefined, sink: StreamSink, sinceMs?: number): Promise<{ close(): Promise<void> }> {
    let caughtUp = false;
    const waiting: BusEvent[] = [];
    let last: { epoch: string; n: number } | undefined;
    const deliver = (event: BusEvent) => {
      if (event.id === undefined) return sink({ type: event.type, data: event.data });
      const id = parseEventId(event.id);
      if (!id) return undefined;
      if (last && id.epoch === last.epoch && id.n <= last.n) return undefined;
      last = id;
      return sink({ type: event.type, data: event.data, id: event.id });
    };
    // Everything published from here on is held until the catch-up is sent, then passed on.
    const start = afterId ?? (await this.bus.head(planId));
    const unsubscribe = await this.bus.subscribe(planId, (event) => (caughtUp ? deliver(event) : waiting.push(event)));
    await this.joinEveryPlan(sink);
    this.countReader(planId, +1);
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      this.everyPlanSinks.delete(sink);
      this.countReader(planId, -1);
      await unsubscribe();
    };
    try {
      const byTime = afterId === undefined && sinceMs !== undefined;
      const missed = byTime ? await this.changedSince(planId, sinceMs) : await this.bus.since(planId, start);
      if (missed === undefined) {
        const head = await this.bus.head(planId);
        last = parseEventId(head);
        sink({ type: 'resync', data: { reason: 'The changes since your last event are no longer kept; read the plan again.' }, id: head });
      } else if (byTime && missed.length > 0) {
        // The replayed events carry their own ids; the first of them may be older than `start`.
        sink({ type: 'ready', data: { planId } });
        for (const event of missed) deliver(event);
      } else {
        last = parseEventId(start);
        sink({ type: 'ready', data: { planId }, id: start });
        for (const event of missed) deliver(event);
      }
      caughtUp = true;
      for (const event of waiting.splice(0)) deliver(event);
    } catch (error) {
      await close();
      throw error;
    }
    return { close };
  }

  /**
   * The durable events published from `sinceMs` on (less a margin for the browser's
   * clock and the time its plan read took); undefined when what is kept may not reach back so far.
   */
  private async changedSince(planId: string, sinceMs: number): Promise<readonly BusEvent[] | undefined> {
    const from = sinceMs - SINCE_MARGIN_MS;
    const { events, complete } = await this.bus.recent(planId);
    const oldest = events[0] ? Date.parse((events[0].data as ChangeEventData).at) : Number.POSITIVE_INFINITY;
    if (!complete && !(oldest < from)) return undefined;
    return events.filter((event) => Date.parse((event.data as ChangeEventData).at) >= from);
  }

  private async joinEveryPlan(sink: StreamSink): Promise<void> {
    this.everyPlanSinks.add(sink);
    this.everyPlanSubscription ??= this.bus.subscribe(EVERY_PLAN, (event) => {
      for (const each of [...this.everyPlanSinks]) each({ type: event.type, data: event.data });
    });
    await this.everyPlanSubscription;
  }

  private countReader(planId: string, delta: 1 | -1): void {
    const count = (this.readers.get(planId) ?? 0) + delta;
    if (count > 0) this.readers.set(planId, count);
    else this.readers.delete(planId);
    if (delta === 1 && count === 1) {
      this.headers.opened(planId);
      this.planSubscriptions.set(
        planId,
        this.bus.subscribe(planId, (event) => {
          if (event.type === 'change') this.headers.announced(planId, (event.data as ChangeEventData).changes);
        }),
      );
      this.openListener?.opened(planId);
    }
    if (delta === -1 && count === 0) {
      this.headers.closed(planId);
      const subscription = this.planSubscriptions.get(planId);
      this.planSubscriptions.delete(planId);
      void subscription?.then((unsubscribe) => unsubscribe());
      this.openListener?.closed(planId);
    }
  }
}

/** Rows leave the service addressed by their client key; SharePoint's item ids stay inside. */
function servedRow(row: AnyRow): AnyRow {
  return { ...row, id: row.key };
}
