import { planIdFor, ROW_SECTIONS, STRANDS, sectionById, strandChoice, strandRowKey, validateValues, type AnyRow, type Plan, type PlanSummary, type SectionId } from '../../src/plan';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../../src/storage/errors';
import type { ChangeBatch, CreatePlanInput, CreateRowInput, DeleteRowInput, Identity, PlanStore, ProvisionStep, UpdateRowInput } from '../../src/storage/port';
import { FakeChangeFeed } from './fake-change-feed';
import { WriteGate } from './write-gate';

/**
 * What the next write meets: an error thrown before it reaches storage, or `loseAnswer` — storage
 * commits the write and the answer is lost on the way back (the caller sees OfflineError).
 */
export type Fault = 'offline' | 'forbidden' | 'serverError' | 'loseAnswer' | { throttledMs: number } | Error;

export interface WriteCall {
  readonly kind: 'create' | 'update' | 'delete';
  readonly section: SectionId;
  readonly key: string;
  readonly etag?: string;
  /** A create's values or an update's changes. */
  readonly values?: AnyRow['values'];
  readonly input: CreateRowInput | UpdateRowInput | DeleteRowInput;
  readonly at: number;
}

/** A read storage answered, in order: for tests that storage was asked only what it had to be. */
export type ReadCall = { readonly kind: 'load'; readonly planId: string } | { readonly kind: 'changes'; readonly cursor: string | undefined };

export const TEST_PERSON: Identity = { id: 'u1', displayName: 'Ava Lindqvist', email: 'ava.lindqvist@census.example' };

/** jsdom has no structuredClone; rows are plain JSON, so this copy is exact. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The one in-memory PlanStore of the tests, behaving as the port promises and as the plan
 * service serves rows (addressed by section and key, each row's id its key): a create is
 * idempotent by key, every write moves the row's ETag on, a stale ETag is a ConflictError
 * carrying the row as it is, deleting a gone row is fine, and `changes` reads every write since
 * the cursor. Tests make writes fail (`failNext`), wait (`hold`), or come from someone else
 * (`editAsSomeoneElse`, `putAsSomeoneElse`, `deleteAsSomeoneElse`), make the change feed fail
 * (`feed.fail`), and read what was sent (`calls`, `creates`, `updates`) and read (`reads`).
 */
export class MemoryPlanStore implements PlanStore {
  /** Every row of every plan, by key. */
  readonly rows = new Map<string, AnyRow>();
  readonly calls: WriteCall[] = [];
  readonly reads: ReadCall[] = [];
  readonly feed = new FakeChangeFeed();
  /** Runs after a load has read the plan, before it answers: for writes that land mid-read. */
  afterRead: (() => void) | undefined;
  inFlight = 0;
  maxInFlight = 0;
  private faults: Fault[] = [];
  private readonly gate = new WriteGate();
  /** ETags ("{m},N", as SharePoint writes them) count on from here, past those a test starts with. */
  private version = 1000;

  constructor(
    plans: Plan | readonly Plan[] = [],
    public identity: Identity = TEST_PERSON,
  ) {
    for (const plan of Array.isArray(plans) ? plans : [plans as Plan]) {
      for (const row of [plan.header as AnyRow, ...Object.values(plan.sections).flat()] as AnyRow[]) this.rows.set(row.key, copy(row));
    }
  }

  get creates(): CreateRowInput[] {
    return this.calls.filter((c) => c.kind === 'create').map((c) => c.input as CreateRowInput);
  }

  get updates(): UpdateRowInput[] {
    return this.calls.filter((c) => c.kind === 'update').map((c) => c.input as UpdateRowInput);
  }

  get deletes(): DeleteRowInput[] {
    return this.calls.filter((c) => c.kind === 'delete').map((c) => c.input as DeleteRowInput);
  }

  /** The next writes meet these faults, one each, in order. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Every write from now on waits until the returned function is called. */
  hold(): () => void {
    return this.gate.hold();
  }

  /** Someone else's save, straight into storage (and the change feed): changes to the row with that key, or a new row. */
  editAsSomeoneElse(section: SectionId, key: string, changes: AnyRow['values'], by?: string): AnyRow {
    const current = this.rows.get(key) ?? this.blank(section, key, [...this.rows.values()].find((r) => r.section === 'plan')?.key ?? '');
    const row = { ...current, values: { ...current.values, ...changes } } as AnyRow;
    return this.save(by ? { ...row, modifiedBy: by } : row);
  }

  /** Someone else's save of a whole row, new or replacing the one with its key, as given but for its ETag. */
  putAsSomeoneElse(row: AnyRow): AnyRow {
    return this.save(copy(row));
  }

  /** Someone else deletes the row with that key; deleting the plan's header deletes the plan. */
  deleteAsSomeoneElse(section: SectionId, key: string): void {
    const row = this.rows.get(key);
    if (!row || row.section !== section) throw new Error(`There is no ${section} row ${key} to delete.`);
    this.rows.delete(key);
    this.feed.push({ kind: 'delete', section, id: row.id });
  }

  /** Rows of a section (of one plan, if given), in order. */
  stored(section: SectionId, planId?: string): AnyRow[] {
    return [...this.rows.values()].filter((r) => r.section === section && (planId === undefined || r.planId === planId)).sort((a, b) => a.order - b.order);
  }

  /** A plan's rows, its header left out. */
  planRows(planId: string): AnyRow[] {
    return [...this.rows.values()].filter((r) => r.section !== 'plan' && r.planId === planId);
  }

  rowsWithKey(key: string): AnyRow[] {
    return [...this.rows.values()].filter((r) => r.key === key);
  }

  async whoAmI(): Promise<Identity> {
    return this.identity;
  }

  async provision(): Promise<readonly ProvisionStep[]> {
    return [];
  }

  async listPlans(): Promise<readonly PlanSummary[]> {
    return this.stored('plan').map((h) => ({ id: h.key, council: String(h.values.CouncilName), census: String(h.values.Census), modified: h.modified, header: h.values as PlanSummary['header'] }));
  }

  async loadPlan(planId: string): Promise<Plan> {
    this.reads.push({ kind: 'load', planId });
    const header = this.rows.get(planId);
    if (!header || header.section !== 'plan') throw new NotFoundError(`No plan called "${planId}".`);
    const sections = Object.fromEntries(ROW_SECTIONS.map((s) => [s.id, this.stored(s.id, planId)]));
    const read = copy({ header, sections } as unknown as Plan);
    this.afterRead?.();
    return read;
  }

  /** As the real store does: the header, and one empty local-priority row per strand. */
  async createPlan(input: CreatePlanInput): Promise<AnyRow> {
    const key = planIdFor(input.council);
    const header = this.save({ ...this.blank('plan', key, key), values: validateValues(sectionById('plan'), { CouncilName: input.council, Census: input.census, ...input.values }) });
    for (const strand of STRANDS) {
      this.save({ ...this.blank('localPriorities', strandRowKey(key, strand.id), key), order: strand.id, values: validateValues(sectionById('localPriorities'), { Strand: strandChoice(strand.id) }) });
    }
    return copy(header);
  }

  createRow(input: CreateRowInput): Promise<AnyRow> {
    return this.write({ kind: 'create', section: input.section, key: input.key, values: input.values, input }, () => {
      const existing = this.rows.get(input.key);
      if (existing) return existing;
      return this.save({ ...this.blank(input.section, input.key, input.planId), order: input.order ?? 0, values: input.values });
    });
  }

  updateRow(input: UpdateRowInput): Promise<AnyRow> {
    return this.write({ kind: 'update', section: input.section, key: input.key, etag: input.etag, values: input.changes, input }, () => {
      const row = this.mustGet(input);
      if (input.etag !== undefined && input.etag !== row.etag) throw new ConflictError(input.section, input.key, copy(row));
      return this.save({ ...row, values: { ...row.values, ...input.changes } } as AnyRow);
    });
  }

  async deleteRow(input: DeleteRowInput): Promise<void> {
    await this.write({ kind: 'delete', section: input.section, key: input.key, etag: input.etag, input }, () => {
      const row = this.rows.get(input.key);
      if (!row) return undefined;
      if (input.etag !== undefined && input.etag !== row.etag) throw new ConflictError(input.section, input.key, copy(row));
      this.rows.delete(input.key);
      this.feed.push({ kind: 'delete', section: row.section, id: row.id });
      return undefined;
    });
  }

  changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    this.reads.push({ kind: 'changes', cursor });
    return this.feed.changes(sections, cursor);
  }

  private async write<T>(call: Omit<WriteCall, 'at'>, commit: () => T): Promise<T> {
    this.calls.push({ ...call, at: Date.now() });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await Promise.resolve();
      await this.gate.pass();
      const fault = this.faults.shift();
      if (fault instanceof Error) throw fault;
      if (fault === 'offline') throw new OfflineError(new TypeError('fetch failed'));
      if (fault === 'forbidden') throw new ForbiddenError();
      if (fault === 'serverError') throw new StorageError(500, 'generalException', 'Something went wrong on the server.');
      if (typeof fault === 'object') throw new ThrottledError(fault.throttledMs);
      const result = commit();
      if (fault === 'loseAnswer') throw new OfflineError(new TypeError('socket hang up'));
      return result === undefined ? result : copy(result);
    } finally {
      this.inFlight--;
    }
  }

  private blank(section: SectionId, key: string, planId: string): AnyRow {
    const now = new Date().toISOString();
    return { section, key, id: key, planId, etag: '', order: 0, created: now, modified: now, values: {} } as AnyRow;
  }

  private save(row: AnyRow): AnyRow {
    // Never earlier than it was: a test's fake clock may stand before its fixtures' dates.
    const now = new Date().toISOString();
    const stored = { ...row, etag: `"{m},${++this.version}"`, modified: now > row.modified ? now : row.modified } as AnyRow;
    this.rows.set(stored.key, stored);
    this.feed.upsert(copy(stored));
    return stored;
  }

  private mustGet(input: UpdateRowInput): AnyRow {
    const row = this.rows.get(input.key);
    if (!row || row.section !== input.section || row.planId !== input.planId) throw new NotFoundError(`There is no ${input.section} row ${input.key} in plan ${input.planId}.`);
    return row;
  }
}
