import { validateValues, sectionById, type AnyRow, type Plan, type PlanSummary, type SectionId } from '../../../src/plan';
import { ConflictError, NotFoundError } from '../../../src/storage/errors';
import type {
  ChangeBatch,
  CreatePlanInput,
  CreateRowInput,
  DeleteRowInput,
  Identity,
  PlanStore,
  ProvisionStep,
  UpdateRowInput,
} from '../../../src/storage/port';

type Writable = Record<string, unknown>;

/** jsdom has no structuredClone; plans are plain JSON, so this copy is exact. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * An in-memory PlanStore for UI tests: one plan, ETags that move on every write (so stale saves
 * conflict), and hooks to make the next write fail or to hold writes until the test lets them go.
 */
export class FakePlanStore implements PlanStore {
  private plan: Plan;
  private version = 1;
  private failures: unknown[] = [];
  private held: (() => void)[] = [];
  private holding = false;
  readonly writes: { kind: 'create' | 'update' | 'delete'; section: SectionId; values?: unknown }[] = [];

  constructor(
    plan: Plan,
    public identity: Identity,
  ) {
    this.plan = copy(plan);
  }

  async whoAmI(): Promise<Identity> {
    return this.identity;
  }

  async provision(): Promise<readonly ProvisionStep[]> {
    return [];
  }

  async listPlans(): Promise<readonly PlanSummary[]> {
    const { header } = this.plan;
    return [{ id: header.key, council: String(header.values.CouncilName), census: String(header.values.Census), modified: header.modified, header: header.values }];
  }

  async loadPlan(planId: string): Promise<Plan> {
    if (planId !== this.plan.header.key) throw new NotFoundError(`No plan called "${planId}".`);
    return copy(this.plan);
  }

  async createPlan(_input: CreatePlanInput): Promise<AnyRow> {
    throw new Error('The fake store holds one plan.');
  }

  async createRow(input: CreateRowInput): Promise<AnyRow> {
    await this.beforeWrite();
    this.writes.push({ kind: 'create', section: input.section, values: input.values });
    const values = validateValues(sectionById(input.section), input.values, 'create');
    const now = new Date().toISOString();
    const row: AnyRow = {
      section: input.section,
      id: `item-${++this.version}`,
      key: input.key,
      planId: input.planId,
      etag: `"${this.version}"`,
      order: input.order ?? 0,
      created: now,
      modified: now,
      values,
    };
    this.rows(input.section).push(row);
    return copy(row);
  }

  async updateRow(input: UpdateRowInput): Promise<AnyRow> {
    await this.beforeWrite();
    this.writes.push({ kind: 'update', section: input.section, values: input.changes });
    const current = this.byId(input.section, input.id);
    if (input.etag && input.etag !== current.etag) throw new ConflictError(input.section, input.id, copy(current));
    const updated = this.replace({ ...current, values: { ...current.values, ...input.changes } });
    return copy(updated);
  }

  async deleteRow(input: DeleteRowInput): Promise<void> {
    await this.beforeWrite();
    this.writes.push({ kind: 'delete', section: input.section });
    const current = this.byId(input.section, input.id);
    if (input.etag && input.etag !== current.etag) throw new ConflictError(input.section, input.id, copy(current));
    const rows = this.rows(input.section);
    rows.splice(rows.indexOf(current), 1);
  }

  async changes(_sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    return { changes: [], cursor: cursor ?? '0' };
  }

  /** The next write is refused with this error. */
  failNextWrite(error: unknown): void {
    this.failures.push(error);
  }

  /** Writes wait until `release()`, so a test can see the optimistic state. */
  holdWrites(): { release(): void } {
    this.holding = true;
    return {
      release: () => {
        this.holding = false;
        this.held.splice(0).forEach((go) => go());
      },
    };
  }

  /** Someone else saves a change to a row (its ETag moves on). */
  editAsSomeoneElse(section: SectionId, key: string, changes: Writable): void {
    const current = this.rows(section).find((r) => r.key === key);
    if (!current) throw new Error(`No ${section} row ${key}`);
    this.replace({ ...current, values: { ...current.values, ...changes } as AnyRow['values'] });
  }

  stored(section: SectionId): readonly AnyRow[] {
    return this.rows(section);
  }

  private async beforeWrite(): Promise<void> {
    if (this.holding) await new Promise<void>((go) => this.held.push(go));
    const failure = this.failures.shift();
    if (failure) throw failure;
  }

  private rows(section: SectionId): AnyRow[] {
    if (section === 'plan') return [this.plan.header as AnyRow];
    return (this.plan.sections as unknown as Record<string, AnyRow[]>)[section]!;
  }

  private byId(section: SectionId, id: string): AnyRow {
    const found = this.rows(section).find((r) => r.id === id);
    if (!found) throw new NotFoundError(`No ${section} item ${id}`);
    return found;
  }

  private replace(row: AnyRow): AnyRow {
    const updated = { ...row, etag: `"${++this.version}"`, modified: new Date().toISOString() };
    if (row.section === 'plan') {
      this.plan = { ...this.plan, header: updated as Plan['header'] };
    } else {
      const rows = this.rows(row.section);
      rows[rows.findIndex((r) => r.key === row.key)] = updated;
    }
    return updated;
  }
}
