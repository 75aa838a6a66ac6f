import type { AnyRow, Plan, RowSectionId, SectionId } from '../plan';
import { ConflictError, ForbiddenError, NotFoundError } from '../storage/errors';
import type { PlanCache } from '../storage/plan-cache';
import type { PlanStore, RowChange, RowValues } from '../storage/port';
import { applyRowChanges } from './live/apply-changes';
import { dropRow, findRow, nextOrder, putRow, withValues } from './plan-rows';
import { noticeFor, type SaveNotice } from './save-notice';

/** A save refused because someone else changed the row first: the user keeps theirs or takes ours. */
export interface PendingConflict {
  readonly kind: 'update' | 'delete';
  readonly section: SectionId;
  readonly key: string;
  /** The row as this user last saw it. */
  readonly base: AnyRow;
  /** What this user tried to save (empty for a delete). */
  readonly changes: RowValues;
  /** The row as it is in storage now; undefined when it has since been deleted. */
  readonly theirs: AnyRow | undefined;
}

export interface PlanSessionState {
  readonly status: 'loading' | 'ready' | 'failed';
  /** What the user sees: storage's rows with the changes still in flight applied on top. */
  readonly plan: Plan | undefined;
  readonly loadError: unknown;
  readonly conflict: PendingConflict | undefined;
  readonly notice: SaveNotice | undefined;
  /** Sections storage refused to change for this user, shown read-only from then on. */
  readonly readOnly: ReadonlySet<SectionId>;
  /** Keys of rows with a save in flight. */
  readonly saving: ReadonlySet<string>;
}

type PendingOp =
  | { readonly id: number; readonly key: string; readonly kind: 'create'; readonly row: AnyRow }
  | { readonly id: number; readonly key: string; readonly kind: 'update'; readonly section: SectionId; readonly changes: RowValues }
  | { readonly id: number; readonly key: string; readonly kind: 'delete'; readonly section: SectionId };

/** An op before it is numbered (Omit that keeps the union's members apart). */
type NewOp = PendingOp extends infer Op ? (Op extends PendingOp ? Omit<Op, 'id'> : never) : never;

function applyOp(plan: Plan, op: PendingOp): Plan {
  if (op.kind === 'create') return findRow(plan, op.row.section, op.key) ? plan : putRow(plan, op.row);
  const row = findRow(plan, op.section, op.key);
  if (!row) return plan;
  return op.kind === 'update' ? putRow(plan, withValues(row, op.changes)) : dropRow(plan, op.section, op.key);
}

/**
 * One plan open in the UI, saved optimistically: each change shows at once, is sent in order per
 * row (so a later change uses the ETag of the earlier one), and is undone on its own if storage
 * refuses it. React reads it through `usePlan` (useSyncExternalStore).
 */
export class PlanSession {
  private confirmed: Plan | undefined;
  private pending: PendingOp[] = [];
  private chains = new Map<string, Promise<unknown>>();
  private nextOpId = 1;
  private listeners = new Set<() => void>();
  private state: PlanSessionState = {
    status: 'loading',
    plan: undefined,
    loadError: undefined,
    conflict: undefined,
    notice: undefined,
    readOnly: new Set(),
    saving: new Set(),
  };

  constructor(
    private readonly store: PlanStore,
    readonly planId: string,
    /** The device's plan cache: the kept plan shows at once, and reloads go through the changes. */
    private readonly cache?: PlanCache,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PlanSessionState => this.state;

  /** Loads (or reloads) the plan from storage; changes in flight stay applied on top. */
  async load(): Promise<void> {
    try {
      this.confirmed = this.cache ? await this.loadThroughCache(this.cache) : await this.store.loadPlan(this.planId);
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

  /** Adds a row at the end of a section; resolves to the stored row, or undefined if refused. */
  createRow(section: RowSectionId, values: RowValues, key: string): Promise<AnyRow | undefined> {
    const plan = this.requirePlan();
    const now = new Date().toISOString();
    const order = nextOrder(plan, section);
    const row: AnyRow = { id: `pending:${key}`, key, planId: this.planId, etag: '', order, created: now, modified: now, section, values };
    const op = this.begin({ key, kind: 'create', row });
    return this.inOrder(key, async () => {
      try {
        const stored = await this.store.createRow({ section, planId: this.planId, values, key, order });
        return this.settle(op, stored);
      } catch (error) {
        return this.fail(op, section, error);
      }
    });
  }

  /** Changes some fields of a row; resolves true once stored. */
  updateRow(section: SectionId, key: string, changes: RowValues): Promise<boolean> {
    const op = this.begin({ key, kind: 'update', section, changes });
    return this.inOrder(key, async () => {
      const base = this.confirmedRow(section, key);
      if (!base) {
        this.fail(op, section, new NotFoundError('This row is no longer in the plan.'));
        return false;
      }
      try {
        const stored = await this.store.updateRow({ section, id: base.id, etag: base.etag, changes });
        return this.settle(op, stored) !== undefined;
      } catch (error) {
        if (error instanceof ConflictError) await this.conflict(op, 'update', section, base, changes, error);
        else this.fail(op, section, error);
        return false;
      }
    });
  }

  /** Removes a row; resolves true once storage has removed it. */
  deleteRow(section: SectionId, key: string): Promise<boolean> {
    const op = this.begin({ key, kind: 'delete', section });
    return this.inOrder(key, async () => {
      const base = this.confirmedRow(section, key);
      if (!base) {
        // Never stored (its create was refused): nothing to remove.
        this.settle(op);
        return true;
      }
      try {
        await this.store.deleteRow({ section, id: base.id, etag: base.etag });
        this.settle(op, undefined, { section, key });
        return true;
      } catch (error) {
        if (error instanceof ConflictError) await this.conflict(op, 'delete', section, base, {}, error);
        else this.fail(op, section, error);
        return false;
      }
    });
  }

  /** Ends a conflict: "mine" saves this user's change over theirs, "theirs" keeps storage's row. */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<boolean> {
    const conflict = this.state.conflict;
    if (!conflict) return false;
    this.publish({ conflict: undefined });
    if (choice === 'theirs' || !conflict.theirs) return true;
    return conflict.kind === 'update'
      ? this.updateRow(conflict.section, conflict.key, conflict.changes)
      : this.deleteRow(conflict.section, conflict.key);
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
    if (!this.confirmed) throw new Error('The plan is not loaded yet.');
    return this.confirmed;
  }

  private confirmedRow(section: SectionId, key: string): AnyRow | undefined {
    return this.confirmed && findRow(this.confirmed, section, key);
  }

  private begin(op: NewOp): PendingOp {
    const withId = { ...op, id: this.nextOpId++ } as PendingOp;
    this.pending.push(withId);
    this.publish({});
    return withId;
  }

  /** Runs saves of one row one after another, whatever happened to the previous one. */
  private inOrder<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.chains.set(key, next);
    void next.finally(() => {
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
    return next;
  }

  /** The op is done: storage's row (or its removal) becomes the truth it applies on top of. */
  private settle(op: PendingOp, stored?: AnyRow, removed?: { section: SectionId; key: string }): AnyRow | undefined {
    this.pending = this.pending.filter((p) => p !== op);
    const gone = removed && this.confirmedRow(removed.section, removed.key);
    if (this.confirmed && stored) this.confirmed = putRow(this.confirmed, stored);
    if (this.confirmed && removed) this.confirmed = dropRow(this.confirmed, removed.section, removed.key);
    if (stored) this.remember([{ kind: 'upsert', row: stored }]);
    if (gone) this.remember([{ kind: 'delete', section: gone.section, id: gone.id }]);
    this.publish({});
    return stored;
  }

  /** Confirmed changes go into the device's kept plan too, so a reload shows them at once. */
  private remember(changes: readonly RowChange[]): void {
    if (this.cache && changes.length > 0) void this.cache.record(this.planId, changes);
  }

  /** The op is refused: drop it (undoing only this change) and say why. */
  private fail(op: PendingOp, section: SectionId, error: unknown): undefined {
    this.pending = this.pending.filter((p) => p !== op);
    const readOnly = error instanceof ForbiddenError ? new Set([...this.state.readOnly, section]) : this.state.readOnly;
    this.publish({ notice: noticeFor(error, section), readOnly });
    return undefined;
  }

  private async conflict(
    op: PendingOp,
    kind: PendingConflict['kind'],
    section: SectionId,
    base: AnyRow,
    changes: RowValues,
    error: ConflictError,
  ): Promise<void> {
    this.pending = this.pending.filter((p) => p !== op);
    const theirs = isRow(error.current) ? error.current : await this.reloadRow(section, base.key);
    if (this.confirmed) this.confirmed = theirs ? putRow(this.confirmed, theirs) : dropRow(this.confirmed, section, base.key);
    this.publish({ conflict: { kind, section, key: base.key, base, changes, theirs } });
  }

  private async reloadRow(section: SectionId, key: string): Promise<AnyRow | undefined> {
    try {
      return findRow(await this.store.loadPlan(this.planId), section, key);
    } catch {
      return undefined;
    }
  }

  private publish(patch: Partial<PlanSessionState>): void {
    const plan = this.confirmed && this.pending.reduce(applyOp, this.confirmed);
    const saving = new Set(this.pending.map((op) => op.key));
    this.state = { ...this.state, ...patch, plan, saving };
    this.listeners.forEach((listener) => listener());
  }
}

function isRow(value: unknown): value is AnyRow {
  return typeof value === 'object' && value !== null && 'key' in value && 'values' in value && 'etag' in value;
}
