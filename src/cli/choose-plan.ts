import type { Plan, PlanSummary } from '../plan';
import type { PlanStore } from '../storage/port';

/** A plan that --plan does not pick out, with the plans there are so the user can choose. */
export class PlanChoiceError extends Error {
  constructor(message: string, plans: readonly PlanSummary[]) {
    const known = plans.length === 0 ? 'There are no plans in the store.' : `The plans are:\n${plans.map((p) => `  ${p.id}  (${p.council})`).join('\n')}`;
    super(`${message}\n${known}`);
    this.name = 'PlanChoiceError';
  }
}

/**
 * The plan `query` names: its id, or its council's name, or the start of either (ignoring case)
 * as long as only one plan matches.
 */
export function choosePlan(plans: readonly PlanSummary[], query: string): PlanSummary {
  const wanted = query.trim().toLowerCase();
  const exact = plans.find((p) => p.id === wanted || p.council.toLowerCase() === wanted);
  if (exact) return exact;
  const matches = plans.filter((p) => p.id.startsWith(wanted) || p.council.toLowerCase().startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new PlanChoiceError(`"${query}" matches more than one plan; give more of the name.`, matches);
  throw new PlanChoiceError(`There is no plan for "${query}".`, plans);
}

/** Loads the plan `query` names (see choosePlan) with its summary. */
export async function openPlan(store: PlanStore, query: string): Promise<{ summary: PlanSummary; plan: Plan }> {
  const summary = choosePlan(await store.listPlans(), query);
  return { summary, plan: await store.loadPlan(summary.id) };
}
