/**
 * An in-memory PlanStore that records every write: idempotent creates by key, like the real
 * store, and values checked by the same validateValues.
 */
import { ROW_SECTIONS, planIdFor, sectionById, validateValues, type AnyRow, type Plan, type PlanSummary, type SectionDef } from '../../src/plan';
import type { ChangeBatch, CreatePlanInput, CreateRowInput, PlanStore, ProvisionStep } from '../../src/storage/port';

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

  async updateRow(): Promise<AnyRow> {
    throw new Error('The document tests never update rows.');
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
