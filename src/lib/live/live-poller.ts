import type { SectionId } from '../../plan';
import { ThrottledError } from '../../storage/errors';
import type { PlanStore, RowChange } from '../../storage/port';

import type { LiveStatus } from './subscribe-plan';

export interface LivePollerOptions {
  readonly store: Pick<PlanStore, 'changes'>;
  readonly sections: readonly SectionId[];
  /** Called with every non-empty batch of changes, in the order storage reported them. */
  onChanges(changes: readonly RowChange[]): void;
  /** Called when storage could no longer follow some sections and read them afresh: deletions may be missing, so reload. */
  onResync?(sections: readonly SectionId[]): void;
  /**
   * Awaited once, when the first cursor is taken and before any change after it is reported:
   * reading the plan then means nothing written between the plan's first read and the cursor
   * is missed (changes reported later that the read already had are applied again, harmlessly).
   */
  onCursor?(): Promise<void>;
  onStatus?(status: LiveStatus): void;
  /** The least time from the start of one poll to the start of the next (default 1 s). */
  readonly intervalMs?: number;
  /** The same while the page is hidden (default 10 s). */
  readonly hiddenIntervalMs?: number;
  /** The longest wait after errors (default 30 s). */
  readonly maxBackoffMs?: number;
  readonly now?: () => number;
}

export const LIVE_INTERVAL_MS = 1000;
export const HIDDEN_INTERVAL_MS = 10_000;
export const MAX_BACKOFF_MS = 30_000;

/**
 * Polls `store.changes` for some sections of the plan: one call (one `$batch`) at a time, never
 * more often than once per interval counted from the start of the previous call, slower while the
 * page is hidden, backing off exponentially after errors (at least as long as a throttled answer
 * asks). The first call only takes a cursor (see `onCursor`): changes from then on are reported.
 */
export class LivePoller {
  private readonly intervalMs: number;
  private readonly hiddenIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly now: () => number;
  private cursor: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private polling = false;
  private hidden = false;
  private failures = 0;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LivePollerOptions) {
    this.intervalMs = options.intervalMs ?? LIVE_INTERVAL_MS;
    this.hiddenIntervalMs = options.hiddenIntervalMs ?? HIDDEN_INTERVAL_MS;
    this.maxBackoffMs = options.maxBackoffMs ?? MAX_BACKOFF_MS;
    this.now = options.now ?? (() => Date.now());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.options.onStatus?.('connecting');
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.onStatus?.('stopped');
  }

  /** Slows polling down while the page is hidden; on showing again, polls as soon as the interval allows. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    if (this.running && !this.polling && this.failures === 0) this.schedule(this.untilNextPoll());
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
  }

  private untilNextPoll(): number {
    const period = this.hidden ? this.hiddenIntervalMs : this.intervalMs;
    return Math.max(0, this.lastStart + period - this.now());
  }

  private backoff(error: unknown): number {
    const doubled = Math.min(this.maxBackoffMs, this.intervalMs * 2 ** this.failures);
    return Math.max(doubled, error instanceof ThrottledError ? error.retryAfterMs : 0);
  }

  private async poll(): Promise<void> {
    if (!this.running) return;
    this.polling = true;
    this.lastStart = this.now();
    try {
      const batch = await this.options.store.changes(this.options.sections, this.cursor);
      if (!this.running) return;
      const first = this.cursor === undefined;
      this.cursor = batch.cursor;
      // A failed read leaves the plan as it was; polling carries on either way.
      if (first) await this.options.onCursor?.().catch(() => undefined);
      if (!this.running) return;
      this.failures = 0;
      if (batch.changes.length > 0) this.options.onChanges(batch.changes);
      if (batch.resynced && batch.resynced.length > 0) this.options.onResync?.(batch.resynced);
      this.options.onStatus?.('live');
      this.schedule(this.untilNextPoll());
    } catch (error) {
      if (!this.running) return;
      this.failures += 1;
      this.options.onStatus?.('retrying');
      this.schedule(this.backoff(error));
    } finally {
      this.polling = false;
    }
  }
}
