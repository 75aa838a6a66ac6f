import type { AnyRow, SectionId } from '../../plan';
import type { PlanStore, RowChange } from '../../storage/port';
import type { PlanBus } from './bus';
import { systemClock, type Clock } from './clock';
import type { LiveHub } from './live-hub';

/** SharePoint is asked at most this often: edits made outside the app are rare and may wait. */
export const MIN_WATCH_INTERVAL_MS = 15_000;
/**
 * Every 3 minutes by default: four lists at 1 RU each is 80 RU an hour, an eighth of the 600 a
 * whole meeting may cost; edits made in SharePoint itself show within 3 minutes.
 */
export const DEFAULT_WATCH_INTERVAL_MS = 180_000;
const LEASE_NAME = 'outside-edits-watcher';

export interface DeltaWatcherOptions {
  /** The service's own (app-only) store. */
  readonly store: Pick<PlanStore, 'changes'>;
  readonly hub: LiveHub;
  readonly bus: PlanBus;
  /** The lists to watch: the ones people edit while others look on. */
  readonly sections: readonly SectionId[];
  readonly intervalMs?: number;
  readonly clock?: Clock;
  /** Told about a failed read (it is tried again at the next interval). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Sees edits made outside the app (in SharePoint itself) while any plan is open, and announces
 * them to the plan's readers. The service announces its own writes when it makes them, so this
 * reads list delta only slowly (every 3 minutes by default, never under 15 s): one `$batch` of the watched lists per interval, however many
 * plans and people are open — list delta covers every plan in a list, so one read serves them
 * all. With several instances, only the one holding the bus's lease reads. It stops when no plan
 * is open here.
 */
export class DeltaWatcher {
  private readonly intervalMs: number;
  private readonly clock: Clock;
  private cursor: string | undefined;
  private timer: unknown;
  private running: Promise<void> | undefined;

  constructor(private readonly options: DeltaWatcherOptions) {
    this.intervalMs = Math.max(MIN_WATCH_INTERVAL_MS, options.intervalMs ?? DEFAULT_WATCH_INTERVAL_MS);
    this.clock = options.clock ?? systemClock;
    options.hub.onOpenPlans({ opened: () => this.wake(), closed: () => this.sleepIfIdle() });
  }

  /** True while it reads SharePoint on a timer. */
  get watching(): boolean {
    return this.timer !== undefined;
  }

  /** One read now (the timer does this every interval); resolves when its changes are announced. */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.read().finally(() => (this.running = undefined));
    this.clock.track?.(this.running);
    return this.running;
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wake(): void {
    if (this.timer === undefined) this.schedule();
  }

  private sleepIfIdle(): void {
    if (this.options.hub.openPlans().length === 0) this.stop();
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => {
      void this.tick().finally(() => {
        if (this.timer !== undefined && this.options.hub.openPlans().length > 0) this.schedule();
        else this.timer = undefined;
      });
    }, this.intervalMs);
  }

  private async read(): Promise<void> {
    const { store, hub, bus, sections } = this.options;
    try {
      if (!(await bus.lease(LEASE_NAME, this.intervalMs * 2))) {
        // Another instance reads; a cursor kept from before would replay what it announced.
        this.cursor = undefined;
        return;
      }
      const batch = await store.changes(sections, this.cursor);
      const first = this.cursor === undefined;
      this.cursor = batch.cursor;
      if (first) return;
      const outside = batch.changes.filter((change) => !hub.ownWrites.has(change));
      await announce(hub, outside);
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}

/** Rows written go to their plan; a deletion (delta gives only the item id) asks every open plan to read itself again. */
async function announce(hub: LiveHub, changes: readonly RowChange[]): Promise<void> {
  const byPlan = new Map<string, AnyRow[]>();
  for (const change of changes) if (change.kind === 'upsert') byPlan.set(change.row.planId, [...(byPlan.get(change.row.planId) ?? []), change.row]);
  for (const [planId, rows] of byPlan) await hub.publishOutsideChanges(planId, rows);
  if (changes.some((change) => change.kind === 'delete')) await hub.publishOutsideDeletion();
}
