import type { AnyRow, Plan, RowSectionId, SectionId } from '../../../src/plan';
import { dropRow, putRow } from '../../../src/plan/plan-rows';
import type { ChangeBatch, CreateRowInput, DeleteRowInput, Identity, UpdateRowInput } from '../../../src/storage/port';
import { PartialPlanStore } from '../../support/partial-plan-store';
import { WriteGate } from '../../support/write-gate';
import { FakeChangeFeed } from './live/fake-change-feed';

/**
 * A PlanStore holding one plan in memory, as two participants share it: every write (ours, or
 * `writeAsSomeoneElse`) lands in the plan and in the change feed that `changes` reads. Writes
 * can be held to show the "Saving…" state.
 */
export class FakeMeetingStore extends PartialPlanStore {
  readonly feed = new FakeChangeFeed();
  readonly creates: CreateRowInput[] = [];
  readonly updates: UpdateRowInput[] = [];
  readonly deletes: DeleteRowInput[] = [];
  private version = 10;
  private nextId = 1000;
  private readonly gate = new WriteGate();

  constructor(
    private plan: Plan,
    private readonly me: Identity = { id: 'u1', displayName: 'Ava Lindqvist', email: 'ava.lindqvist@census.example' },
  ) {
    super();
  }

  /** Writes wait until the returned function is called. */
  hold(): () => void {
    return this.gate.hold();
  }

  /** Another participant's write, straight into storage (and so into the change feed): a new row, or changes to the row with that key. */
  writeAsSomeoneElse(section: RowSectionId, key: string, values: AnyRow['values'], by?: string): AnyRow {
    const existing = (this.plan.sections[section] as readonly AnyRow[]).find((r) => r.key === key);
    const row = existing ? { ...existing, values: { ...existing.values, ...values } } : { ...this.blank(section, key), values };
    return this.save(by ? { ...row, modifiedBy: by } : row);
  }

  override changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    return this.feed.changes(sections, cursor);
  }

  override async whoAmI(): Promise<Identity> {
    return this.me;
  }

  override async loadPlan(): Promise<Plan> {
    return this.plan;
  }

  override async createRow(input: CreateRowInput): Promise<AnyRow> {
    this.creates.push(input);
    await this.gate.pass();
    return this.save({ ...this.blank(input.section, input.key), order: input.order ?? 0, values: input.values });
  }

  override async updateRow(input: UpdateRowInput): Promise<AnyRow> {
    this.updates.push(input);
    await this.gate.pass();
    const rows = input.section === 'plan' ? [this.plan.header as AnyRow] : (this.plan.sections[input.section as RowSectionId] as readonly AnyRow[]);
    const row = rows.find((r) => r.id === input.id);
    if (!row) throw new Error(`No row ${input.id}`);
    return this.save({ ...row, values: { ...row.values, ...input.changes } });
  }

  override async deleteRow(input: DeleteRowInput): Promise<void> {
    this.deletes.push(input);
    await this.gate.pass();
    const row = (this.plan.sections[input.section as RowSectionId] as readonly AnyRow[]).find((r) => r.id === input.id);
    if (row) this.plan = dropRow(this.plan, input.section, row.key);
  }

  private blank(section: RowSectionId, key: string): AnyRow {
    const now = new Date().toISOString();
    return { section, key, id: String(this.nextId++), planId: this.plan.header.key, etag: '', order: 0, created: now, modified: now, values: {} };
  }

  private save(row: AnyRow): AnyRow {
    const stored = { ...row, etag: `"{g},${this.version++}"` };
    this.plan = putRow(this.plan, stored);
    this.feed.upsert(stored);
    return stored;
  }
}
