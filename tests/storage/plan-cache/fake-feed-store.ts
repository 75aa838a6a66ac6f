import type { AnyRow, Plan, SectionId } from '../../../src/plan';
import { dropRow, putRow, rowsOf } from '../../../src/plan/plan-rows';
import { NotFoundError, OfflineError, StorageError } from '../../../src/storage/errors';
import type { ChangeBatch, PlanStore, RowChange } from '../../../src/storage/port';

export type StoreCall = { readonly kind: 'load' } | { readonly kind: 'changes'; readonly cursor: string | undefined };

/**
 * One plan in storage with a change feed, as the port promises it: `changes` without a cursor
 * gives a cursor for "from now on", with one gives every change since (cursors are positions in
 * the feed). Writes made through `write`/`remove` are what other people do to the plan.
 */
export class FakeFeedStore implements Pick<PlanStore, 'loadPlan' | 'changes'> {
  readonly calls: StoreCall[] = [];
  private readonly feed: RowChange[] = [];
  private version = 1;
  private gone = false;
  /** Runs after a load has read the plan, before it answers: for writes that land mid-read. */
  afterRead: (() => void) | undefined;
  /** The next `changes` with a cursor fails this way. */
  nextChanges: 'refuseCursor' | 'offline' | 'resync' | undefined;

  constructor(private plan: Plan) {}

  /** Someone else saves a row (new or changed) of the plan. */
  write(row: AnyRow): AnyRow {
    this.version += 1;
    const stored = { ...row, etag: `"{5D1B8E1C-0000-4000-8000-000000000001},${this.version}"`, modified: `2031-02-02T10:00:${String(this.version).padStart(2, '0')}Z` };
    this.plan = putRow(this.plan, stored);
    this.feed.push({ kind: 'upsert', row: stored });
    return stored;
  }

  /** Someone else deletes a row of the plan. */
  remove(section: SectionId, key: string): void {
    const row = rowsOf(this.plan, section).find((r) => r.key === key);
    if (!row) throw new Error(`no row ${key} in ${section}`);
    this.plan = dropRow(this.plan, section, key);
    this.feed.push({ kind: 'delete', section, id: row.id });
  }

  /** Someone deletes the whole plan: its header goes. */
  removePlan(): void {
    this.gone = true;
    this.feed.push({ kind: 'delete', section: 'plan', id: this.plan.header.id });
  }

  async loadPlan(planId: string): Promise<Plan> {
    this.calls.push({ kind: 'load' });
    if (this.gone || planId !== this.plan.header.key) throw new NotFoundError(`There is no plan "${planId}" on this site.`);
    const read = structuredClone(this.plan);
    this.afterRead?.();
    return read;
  }

  async changes(_sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    this.calls.push({ kind: 'changes', cursor });
    const now = String(this.feed.length);
    if (cursor === undefined) return { changes: [], cursor: now };
    const failure = this.nextChanges;
    this.nextChanges = undefined;
    if (failure === 'refuseCursor') throw new StorageError(400, 'invalidCursor', 'This change cursor was not issued by this app.');
    if (failure === 'offline') throw new OfflineError();
    const changes = this.feed.slice(Number(cursor));
    return { changes, cursor: now, ...(failure === 'resync' && { resynced: ['actions' as const] }) };
  }
}
