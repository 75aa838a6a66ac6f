/**
 * An in-memory PlanStore that records every write: idempotent creates by key, like the real
 * store, and values checked by the same validateValues.
 */
import { ROW_SECTIONS, STRANDS, planIdFor, sectionById, strandChoice, strandRowKey, validateValues, type AnyRow, type Plan, type PlanSummary, type SectionDef } from '../../src/plan';
import type { ChangeBatch, CreatePlanInput, CreateRowInput, PlanStore, ProvisionStep, UpdateRowInput } from '../../src/storage/port';

export class RecordingStore implements PlanStore {
  readonly rows: AnyRow[] = [];
  readonly createCalls: CreateRowInput[] = [];
  private sequence = 0;

  private stamp(): Pick<AnyRow, 'id' | 'etag' | 'created' | 'modified'> {
    this.sequence += 1;
    return { id: String(this.sequence), etag: '"1"', created: '2031-02-10T09:00:00Z', modified: '2031-02-10T09:00:00Z' };
  }

  async whoAmI() {
    return { id: 'u1', displayName: 'Test user', email: 'test@census.example' };
  }

  async provision(): Promise<readonly ProvisionStep[]> {
    return [];
  }

  async listPlans(): Promise<readonly PlanSummary[]> {
    return this.rows
      .filter((r) => r.section === 'plan')
      .map((r) => ({ id: r.key, council: String(r.values.CouncilName), census: String(r.values.Census), modified: r.modified, header: r.values as PlanSummary['header'] }));
  }

  async loadPlan(planId: string): Promise<Plan> {
    const header = this.rows.find((r) => r.section === 'plan' && r.key === planId);
    if (!header) throw new Error(`No plan ${planId}`);
    const sections = Object.fromEntries(
      ROW_SECTIONS.map((s) => [s.id, this.rows.filter((r) => r.section === s.id && r.planId === planId).sort((a, b) => a.order - b.order)]),
    );
    return { header, sections } as unknown as Plan;
  }

  async createPlan(input: CreatePlanInput): Promise<AnyRow> {
    const key = planIdFor(input.council);
    const values = validateValues(sectionById('plan'), { CouncilName: input.council, Census: input.census, ...input.values });
    const row: AnyRow = { ...this.stamp(), section: 'plan', key, planId: key, order: 0, values };
    this.rows.push(row);
    // As the real store does: a new plan has one empty local-priority row per strand.
    for (const strand of STRANDS) {
      const priority = validateValues(sectionById('localPriorities'), { Strand: strandChoice(strand.id) });
      this.rows.push({ ...this.stamp(), section: 'localPriorities', key: strandRowKey(key, strand.id), planId: key, order: strand.id, values: priority });
    }
    return row;
  }

  async createRow(input: CreateRowInput): Promise<AnyRow> {
    this.createCalls.push(input);
    const existing = this.rows.find((r) => r.section === input.section && r.key === input.key);
    if (existing) return existing;
    const values = validateValues(sectionById(input.section) as SectionDef, input.values);
    const row: AnyRow = { ...this.stamp(), section: input.section, key: input.key, planId: input.planId, order: input.order ?? 0, values };
    this.rows.push(row);
    return row;
  }

  readonly updateCalls: UpdateRowInput[] = [];

  async updateRow(input: UpdateRowInput): Promise<AnyRow> {
    this.updateCalls.push(input);
    const at = this.rows.findIndex((r) => r.section === input.section && r.id === input.id);
    const existing = this.rows[at];
    if (!existing) throw new Error(`No row ${input.id} in ${input.section}`);
    if (input.etag && input.etag !== existing.etag) throw new Error(`Row ${input.id} changed since it was read.`);
    const changes = validateValues(sectionById(input.section) as SectionDef, input.changes, 'update');
    const row: AnyRow = { ...existing, ...this.stamp(), id: existing.id, created: existing.created, values: { ...existing.values, ...changes } };
    this.rows[at] = row;
    return row;
  }

  async deleteRow(): Promise<void> {
    throw new Error('The document tests never delete rows.');
  }

  async changes(): Promise<ChangeBatch> {
    return { changes: [], cursor: '0' };
  }

  /** Rows written for a plan, header excluded. */
  planRows(planId: string): AnyRow[] {
    return this.rows.filter((r) => r.section !== 'plan' && r.planId === planId);
  }
}
