import type { Plan } from '../../plan';

/** Finds the plan the row with this key in this section belongs to; undefined when there is no such row. */
export type RowPlanLookup = (section: string, key: string) => Promise<string | undefined>;

const REMEMBERED_ROWS = 20_000;

/**
 * Each row's plan, remembered once known: a row's plan never changes (PlanId can never be
 * cleared or moved) and keys are unique, so a plan read once stays true. The rows a reference
 * points at (a meeting, the row an action came from) are then checked for nothing after the
 * first time, and rows the service made or served are known without a read at all.
 */
export class RowPlans {
  private readonly known = new Map<string, string>();

  constructor(private readonly find: RowPlanLookup) {}

  /** The plan of the row with this key; undefined while there is no such row. */
  readonly planOf: RowPlanLookup = async (section, key) => {
    const held = this.known.get(`${section}/${key}`);
    if (held !== undefined) return held;
    const planId = await this.find(section, key);
    if (planId !== undefined) this.learn(section, key, planId);
    return planId;
  };

  learn(section: string, key: string, planId: string): void {
    const id = `${section}/${key}`;
    this.known.delete(id);
    if (this.known.size >= REMEMBERED_ROWS) this.known.delete(this.known.keys().next().value!);
    this.known.set(id, planId);
  }

  /** Every row of a plan read whole: the rows a person links to are usually ones they were shown. */
  learnPlan(planId: string, plan: Plan): void {
    for (const row of [plan.header, ...Object.values(plan.sections).flat()]) {
      if (row.planId === planId) this.learn(row.section, row.key, planId);
    }
  }
}
