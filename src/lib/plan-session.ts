import { sectionById, validateValues, type AnyRow, type Plan, type RowSectionId, type SectionId, type ValidatedValues } from '../plan';
import { ConflictError } from '../storage/errors';
import { ChangeNotSavedError } from '../storage/outbox/change-not-saved-error';
import type { FieldDiff, OutboxStore, QueuedChange } from '../storage/outbox';
import type { PlanCache } from '../storage/plan-cache';
import type { RowChange, RowValues } from '../storage/port';
import { applyRowChanges } from './live/apply-changes';
import { changesForPlan, isUnderway, withChangesApplied, type PlanChange } from './plan-changes';
import { dropRow, findRow, nextOrder, putRow } from '../plan/plan-rows';
import { missingRowNotice, noticeFor, noticeForFailure, type SaveNotice } from './save-notice';

/** How the person settles a conflict: keep theirs, keep mine, or the values they merged (checked here). */
export type ConflictChoice = 'mine' | 'theirs' | RowValues;

/** A change someone else's save got in the way of: the person keeps theirs, takes the other, or merges. */
export interface PendingConflict {
  readonly changeId: string;
  readonly kind: 'update' | 'delete';
  readonly section: SectionId;
  readonly key: string;
  /** Field by field, for every field the change touches (empty for a delete). */
  readonly fields: readonly FieldDiff[];
  /** The row as it is in storage now; undefined when it has since been deleted. */
  readonly theirs: AnyRow | undefined;
}

export interface PlanSessionState {
  readonly status: 'loading' | 'ready' | 'failed';
  /** What the person sees: storage's rows with the changes still on their way applied on top. */
  readonly plan: Plan | undefined;
  readonly loadError: unknown;
  /** The first change of this plan waiting for the person to settle a conflict. */
  readonly conflict: PendingConflict | undefined;
  readonly notice: SaveNotice | undefined;
  /** Sections storage refused to change for this person, shown read-only from then on. */
  readonly readOnly: ReadonlySet<SectionId>;
  /** Keys of rows with a change on its way. */
  readonly saving: ReadonlySet<string>;
  /** This plan's changes that storage has not confirmed yet, and those that failed, in order. */
  readonly changes: readonly PlanChange[];
  /** How many of them are waiting or being sent. */
  readonly waiting: number;
}

function conflictOf(change: PlanChange | undefined): PendingConflict | undefined {
  const info = change?.change.conflict;
  if (!change || !info || change.kind === 'create') return undefined;
  return { changeId: change.id, kind: change.kind, section: change.section, key: change.key, fields: info.fields, theirs: info.theirs ?? undefined };
}

/**
 * One plan open in the UI. Every change goes through the durable outbox: it shows at once (marked
 * as waiting), is kept on the device before it is sent, and counts as saved only once storage
 * confirmed it. What is on screen is always storage's plan plus the outbox's changes still on
 * their way, so changes kept from an earlier visit show again after a reload. React reads it
 * through `usePlan` (useSyncExternalStore).
 */
export class PlanSession {
  private confirmed: Plan | undefined;
  private listeners = new Set<() => void>();
  private unfollow: (() => void) | undefined;
  private state: PlanSessionState = {
    status: 'loading',
    plan: undefined,
    loadError: undefined,
    conflict: undefined,
    notice: undefined,
    readOnly: new Set(),
    saving: new Set(),
    changes: [],
    waiting: 0,
  };

  constructor(
    private readonly outbox: OutboxStore,
    readonly planId: string,
    /** The device's plan cache: the kept plan shows at once, and reloads go through the changes. */
    private readonly cache?: PlanCache,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts following the outbox's changes (before loading); the function returned stops it. */
  follow(): () => void {
    this.unfollow ??= this.outbox.subscribe((change) => this.onChange(change));
    return () => {
      this.unfollow?.();
      this.unfollow = undefined;
    };
  }

  readonly getSnapshot = (): PlanSessionState => this.state;

  /** Loads (or reloads) the plan from storage; changes on their way stay applied on top. */
  async load(): Promise<void> {
    try {
      const loaded = this.cache ? this.loadThroughCache(this.cache) : this.outbox.loadPlan(this.planId);
      const [plan] = await Promise.all([loaded, this.outbox.ready()]);
      this.confirmed = plan;
      this.publish({ status: 'ready', loadError: undefined });
    } catch (error) {
      if (!this.confirmed) this.publish({ status: 'failed', loadError: error });
      else this.publish({ notice: noticeFor(error, 'plan') });
    }
  }

  /** Shows the plan as kept on this device first (if nothing is shown yet), then brings it up to date. */
  private async loadThroughCache(cache: PlanCache): Promise<Plan> {
    if (!this.confirmed) {
      const kept = await cache.cached(this.planId);
      if (kept && !this.confirmed) {
        this.confirmed = kept;
        this.publish({ status: 'ready', loadError: undefined });
      }
    }
    return (await cache.refresh(this.planId)).plan;
  }

  /** Adds a row at the end of a section; resolves to the stored row, or undefined if not saved. */
  createRow(section: RowSectionId, values: ValidatedValues, key: string): Promise<AnyRow | undefined> {
    const order = nextOrder(this.requirePlan(), section);
    return this.track(section, this.outbox.createRow({ section, planId: this.planId, values, key, order }));
  }

  /** Changes some fields of a row; resolves true once storage confirmed it. */
  async updateRow(section: SectionId, key: string, changes: ValidatedValues): Promise<boolean> {
    const row = findRow(this.requirePlan(), section, key);
    if (!row) return this.missing(section);
    // The version on screen: a change queued on top of one still on its way is rebased by the outbox.
    // What this person saw in the fields they changed: the outbox merges field by field with it.
    const base = Object.fromEntries(Object.keys(changes).map((name) => [name, (row.values as Record<string, RowValues[string]>)[name] ?? null]));
    const saved = await this.track(section, this.outbox.updateRow({ planId: row.planId, section, key, etag: row.etag || undefined, changes, base }));
    return saved !== undefined;
  }

  /** Removes a row; resolves true once storage has removed it. */
  async deleteRow(section: SectionId, key: string): Promise<boolean> {
    const row = findRow(this.requirePlan(), section, key);
    if (!row) return this.missing(section);
    const done = await this.track(section, this.outbox.deleteRow({ planId: row.planId, section, key, etag: row.etag || undefined }).then(() => true));
    return done === true;
  }

  /** Settles the conflict on screen: keep theirs, save mine over it, or save these merged values. */
  async resolveConflict(choice: ConflictChoice): Promise<boolean> {
    const conflict = this.state.conflict;
    if (!conflict) return false;
    const resolve = async () => {
      const checked = typeof choice === 'string' ? choice : validateValues(sectionById(conflict.section), choice, 'update');
      await this.outbox.resolve(conflict.changeId, checked);
      return true;
    };
    const done = await this.track(conflict.section, resolve());
    return done === true;
  }

  /** Drops a change that is waiting, failed or in conflict: what is on screen goes back to storage's version. */
  async discardChange(changeId: string): Promise<void> {
    try {
      await this.outbox.discard(changeId);
    } catch (error) {
      this.publish({ notice: noticeFor(error, 'plan') });
    }
  }

  /** Sends waiting changes now instead of at their next try (the server's Retry-After still holds). */
  retryNow(): void {
    void this.outbox.flush().catch(() => undefined);
  }

  dismissNotice(): void {
    this.publish({ notice: undefined });
  }

  /** Rows others wrote or removed (seen by live polling) become part of what storage holds. */
  applyRemote(changes: readonly RowChange[]): void {
    if (!this.confirmed) return;
    this.confirmed = applyRowChanges(this.confirmed, changes);
    this.remember(changes);
    this.publish({});
  }

  private requirePlan(): Plan {
    if (!this.state.plan) throw new Error('The plan is not loaded yet.');
    return this.state.plan;
  }

  private missing(section: SectionId): false {
    this.publish({ notice: missingRowNotice(section) });
    return false;
  }

  /**
   * Waits for a write. Changes the outbox gave up on are shown from its feed, with the row they
   * were for; here only refusals before anything was queued (invalid values) add a notice, and
   * the storage error of a queued change gives the same notice again.
   */
  private async track<T>(section: SectionId, write: Promise<T>): Promise<T | undefined> {
    this.publish({});
    try {
      return await write;
    } catch (error) {
      if (!(error instanceof ConflictError) && !(error instanceof ChangeNotSavedError)) this.publish({ notice: noticeFor(error, section) });
      return undefined;
    }
  }

  /** The outbox moved a change: confirmed rows become storage's truth; failures and conflicts are shown. */
  private onChange(change: QueuedChange): void {
    if (!this.confirmed) return;
    const mine = changesForPlan(this.confirmed, [change])[0];
    const patch: { -readonly [K in keyof PlanSessionState]?: PlanSessionState[K] } = {};
    if (mine && change.state === 'saved') this.confirmSaved(mine, change);
    if (mine && change.state === 'conflict' && change.conflict) {
      const { theirs } = change.conflict;
      this.confirmed = theirs ? putRow(this.confirmed, theirs) : dropRow(this.confirmed, mine.section, mine.key);
    }
    if (mine && change.state === 'failed' && change.failure && change.failure.kind !== 'discarded') {
      patch.notice = noticeForFailure(change.failure, mine.section);
      if (change.failure.kind === 'forbidden') patch.readOnly = new Set([...this.state.readOnly, mine.section]);
    }
    this.publish(patch);
  }

  private confirmSaved(change: PlanChange, queued: QueuedChange): void {
    if (!this.confirmed) return;
    if (queued.saved) {
      this.confirmed = putRow(this.confirmed, queued.saved);
      this.remember([{ kind: 'upsert', row: queued.saved }]);
    } else if (change.kind === 'delete') {
      const gone = findRow(this.confirmed, change.section, change.key);
      this.confirmed = dropRow(this.confirmed, change.section, change.key);
      if (gone) this.remember([{ kind: 'delete', section: gone.section, id: gone.id }]);
    }
  }

  /** Confirmed changes go into the device's kept plan too, so a reload shows them at once. */
  private remember(changes: readonly RowChange[]): void {
    if (this.cache && changes.length > 0) void this.cache.record(this.planId, changes);
  }

  private publish(patch: Partial<PlanSessionState>): void {
    const changes = this.confirmed ? changesForPlan(this.confirmed, this.outbox.pending()) : [];
    const underway = changes.filter(isUnderway);
    const plan = this.confirmed && withChangesApplied(this.confirmed, changes);
    const conflict = conflictOf(changes.find((c) => c.state === 'conflict'));
    this.state = {
      ...this.state,
      ...patch,
      plan,
      conflict,
      changes,
      waiting: underway.length,
      saving: new Set(underway.map((c) => c.key)),
    };
    this.listeners.forEach((listener) => listener());
  }
}
