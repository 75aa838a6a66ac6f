import type { AnyRow } from '../../../src/plan';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../../../src/storage/errors';
import type { CreateRowInput, DeleteRowInput, UpdateRowInput } from '../../../src/storage/port';
import { PartialPlanStore } from '../../support/partial-plan-store';
import { WriteGate } from '../../support/write-gate';

/**
 * What the next write meets: an error before it reaches storage, or `loseAnswer` — storage
 * commits the write and the answer is lost on the way back (the caller sees OfflineError).
 */
export type Fault = 'offline' | 'forbidden' | 'serverError' | 'loseAnswer' | { throttledMs: number };

export interface WriteCall {
  readonly kind: 'create' | 'update' | 'delete';
  readonly id?: string;
  readonly key?: string;
  readonly etag?: string;
  readonly at: number;
}

/**
 * A PlanStore in memory that behaves as the port promises (a create is idempotent by key, a
 * stale ETag is a ConflictError carrying the current row, deleting a gone row is fine) and fails
 * on demand. Only the writes the outbox queues are implemented; reads are not its business.
 */
export class FakePlanStore extends PartialPlanStore {
  readonly rows = new Map<string, AnyRow>();
  readonly calls: WriteCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private faults: Fault[] = [];
  private readonly gate = new WriteGate();
  private nextId = 1;
  private version = 1;

  /** The next writes meet these faults, one each, in order. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Every write from now on waits until the returned function is called. */
  hold(): () => void {
    return this.gate.hold();
  }

  /** Someone else's edit, straight into storage. */
  editAsSomeoneElse(id: string, changes: Record<string, string | null>): AnyRow {
    const row = this.mustGet(id);
    return this.store({ ...row, values: { ...row.values, ...changes } });
  }

  rowsWithKey(key: string): AnyRow[] {
    return [...this.rows.values()].filter((r) => r.key === key);
  }

  override async createRow(input: CreateRowInput): Promise<AnyRow> {
    return this.write({ kind: 'create', key: input.key }, () => {
      const existing = this.rowsWithKey(input.key)[0];
      if (existing) return existing;
      const now = new Date().toISOString();
      const row: AnyRow = {
        id: String(this.nextId++),
        key: input.key,
        planId: input.planId,
        section: input.section,
        values: input.values,
        etag: '',
        order: input.order ?? 0,
        created: now,
        modified: now,
      };
      return this.store(row);
    });
  }

  override async updateRow(input: UpdateRowInput): Promise<AnyRow> {
    return this.write({ kind: 'update', id: input.id, etag: input.etag }, () => {
      const row = this.mustGet(input.id);
      if (input.etag !== undefined && input.etag !== row.etag) throw new ConflictError(input.section, input.id, row);
      return this.store({ ...row, values: { ...row.values, ...input.changes } });
    });
  }

  override async deleteRow(input: DeleteRowInput): Promise<void> {
    await this.write({ kind: 'delete', id: input.id, etag: input.etag }, () => {
      const row = this.rows.get(input.id);
      if (!row) return undefined;
      if (input.etag !== undefined && input.etag !== row.etag) throw new ConflictError(input.section, input.id, row);
      this.rows.delete(input.id);
      return undefined;
    });
  }

  private async write<T>(call: Omit<WriteCall, 'at'>, commit: () => T): Promise<T> {
    this.calls.push({ ...call, at: Date.now() });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await Promise.resolve();
      await this.gate.pass();
      const fault = this.faults.shift();
      if (fault === 'offline') throw new OfflineError(new TypeError('fetch failed'));
      if (fault === 'forbidden') throw new ForbiddenError();
      if (fault === 'serverError') throw new StorageError(500, 'generalException', 'Something went wrong on the server.');
      if (typeof fault === 'object') throw new ThrottledError(fault.throttledMs);
      const result = commit();
      if (fault === 'loseAnswer') throw new OfflineError(new TypeError('socket hang up'));
      return result;
    } finally {
      this.inFlight--;
    }
  }

  private store(row: AnyRow): AnyRow {
    const stored = { ...row, etag: `"v${this.version++}"` };
    this.rows.set(row.id, stored);
    return stored;
  }

  private mustGet(id: string): AnyRow {
    const row = this.rows.get(id);
    if (!row) throw new NotFoundError(`There is no row ${id}.`);
    return row;
  }
}
