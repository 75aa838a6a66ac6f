import { SECTIONS, type Plan, type SectionId } from '../../plan';
import { NotFoundError, StorageError } from '../errors';
import type { ChangeBatch, PlanStore, RowChange } from '../port';
import type { CachedPlan, PlanCacheStorage } from './cached-plan';

/** Every list of the schema, the plan header's included: a cached plan is kept whole. */
const FOLLOWED: readonly SectionId[] = SECTIONS.map((s) => s.id);

export interface PlanCacheOptions {
  readonly store: Pick<PlanStore, 'loadPlan' | 'changes'>;
  readonly storage: PlanCacheStorage;
  /**
   * Applies changes to a plan: `applyRowChanges` from lib/live, the one place that knows how
   * (passed in because storage does not import the app's libraries).
   */
  readonly applyChanges: (plan: Plan, changes: readonly RowChange[]) => Plan;
  readonly now?: () => Date;
}

/** A plan brought up to date: through the delta from its cursor, or read in full. */
export interface RefreshedPlan {
  readonly plan: Plan;
  readonly how: 'delta' | 'full';
  /** How many changes the delta brought (0 for a full read). */
  readonly changeCount: number;
}

function followsEverySection(entry: CachedPlan): boolean {
  return entry.sections.length === FOLLOWED.length && FOLLOWED.every((id) => entry.sections.includes(id));
}

/** The store no longer honours the cursor (not ours, or expired): only a full read helps. */
function isRejectedCursor(error: unknown): boolean {
  return error instanceof StorageError && (error.code === 'invalidCursor' || error.status === 410);
}

/**
 * A batch that cannot simply be applied: a list read afresh does not report its deleted rows,
 * and a deleted header means the plan itself is gone (the full read then says so).
 */
function needsFullRead(batch: ChangeBatch, plan: Plan): boolean {
  if ((batch.resynced?.length ?? 0) > 0) return true;
  return batch.changes.some((c) => c.kind === 'delete' && c.section === 'plan' && c.id === plan.header.id);
}

/**
 * The last loaded plan per plan id, on this device: shown at once when the plan is opened again,
 * then brought up to date by the store's changes since its cursor (a few hundred bytes when little
 * changed) instead of a full read. Falls back to a full read when the cursor is refused, a list
 * had to be read afresh, or the schema follows other sections. Concurrent refreshes of one plan
 * share one request; refreshes and recorded changes of one plan take turns.
 */
export class PlanCache {
  private readonly inFlight = new Map<string, Promise<RefreshedPlan>>();
  /** Per plan, the last read-modify-write of its entry: the next one waits for it. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Per plan, confirmed changes waiting to be recorded together. */
  private readonly unrecorded = new Map<string, { changes: RowChange[]; done: Promise<void> }>();
  private readonly now: () => Date;

  constructor(private readonly options: PlanCacheOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The plan as last kept here, at once; undefined when it never was or the cache cannot be read. */
  async cached(planId: string): Promise<Plan | undefined> {
    return (await this.entry(planId))?.plan;
  }

  /** The plan up to date with storage, and kept for next time. Storage errors reach the caller. */
  refresh(planId: string): Promise<RefreshedPlan> {
    let running = this.inFlight.get(planId);
    if (!running) {
      running = this.serially(planId, () => this.bringUpToDate(planId)).finally(() => this.inFlight.delete(planId));
      this.inFlight.set(planId, running);
    }
    return running;
  }

  /**
   * Puts changes storage has confirmed (this device's own saves, live updates) into the kept
   * plan, so that opening it again shows them at once. The cursor stays where it was: the next
   * refresh brings them again, which changes nothing. Nothing is kept for a plan never loaded.
   */
  record(planId: string, changes: readonly RowChange[]): Promise<void> {
    const waiting = this.unrecorded.get(planId);
    if (waiting) {
      waiting.changes.push(...changes);
      return waiting.done;
    }
    const batch = { changes: [...changes], done: Promise.resolve() };
    this.unrecorded.set(planId, batch);
    batch.done = this.serially(planId, async () => {
      this.unrecorded.delete(planId);
      const entry = await this.entry(planId);
      if (entry) await this.keep({ ...entry, plan: this.options.applyChanges(entry.plan, batch.changes) });
    });
    return batch.done;
  }

  /** Drops a plan from the cache (signed out, or the plan was removed). */
  forget(planId: string): Promise<void> {
    return this.options.storage.remove(planId);
  }

  /** Runs the task once the plan's earlier reads and writes are done, so none undoes another. */
  private serially<T>(planId: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(planId) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    this.queues.set(planId, settled);
    void settled.then(() => {
      if (this.queues.get(planId) === settled) this.queues.delete(planId);
    });
    return run;
  }

  private async entry(planId: string): Promise<CachedPlan | undefined> {
    try {
      return await this.options.storage.get(planId);
    } catch {
      // An unreadable cache (private browsing, a damaged database) only costs the full read.
      return undefined;
    }
  }

  private async bringUpToDate(planId: string): Promise<RefreshedPlan> {
    const entry = await this.entry(planId);
    const updated = entry && followsEverySection(entry) ? await this.applyDelta(entry) : undefined;
    return updated ?? this.readInFull(planId);
  }

  private async applyDelta(entry: CachedPlan): Promise<RefreshedPlan | undefined> {
    let batch: ChangeBatch;
    try {
      batch = await this.options.store.changes(FOLLOWED, entry.cursor);
    } catch (error) {
      if (isRejectedCursor(error)) return undefined;
      throw error;
    }
    if (needsFullRead(batch, entry.plan)) return undefined;
    const plan = batch.changes.length > 0 ? this.options.applyChanges(entry.plan, batch.changes) : entry.plan;
    await this.keep({ ...entry, plan, cursor: batch.cursor });
    return { plan, how: 'delta', changeCount: batch.changes.length };
  }

  private async readInFull(planId: string): Promise<RefreshedPlan> {
    // The cursor before the read: a row written meanwhile comes again in the next delta and is
    // applied twice (harmless), rather than falling between the read and the cursor (lost).
    const { cursor } = await this.options.store.changes(FOLLOWED);
    let plan: Plan;
    try {
      plan = await this.options.store.loadPlan(planId);
    } catch (error) {
      if (error instanceof NotFoundError) await this.options.storage.remove(planId).catch(() => undefined);
      throw error;
    }
    await this.keep({ planId, plan, cursor, sections: FOLLOWED });
    return { plan, how: 'full', changeCount: 0 };
  }

  private async keep(entry: Omit<CachedPlan, 'savedAt'>): Promise<void> {
    try {
      await this.options.storage.put({ ...entry, savedAt: this.now().toISOString() });
    } catch {
      // A full or refused cache only means the next open reads in full; the plan itself is fine.
    }
  }
}
