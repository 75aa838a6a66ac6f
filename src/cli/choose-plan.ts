import type { Plan, PlanSummary } from '../plan';
import type { PlanStore } from '../storage/port';

/**
 * A plan that --plan does not pick out (none fits, or several do), with the plans to choose
 * from. Its message is English, for logs; the reader's catalogue words it (failure-text.ts).
 */
export class PlanChoiceError extends Error {
  constructor(
    readonly fits: 'none' | 'several',
    readonly query: string,
    readonly plans: readonly PlanSummary[],
  ) {
    const message = fits === 'several' ? `"${query}" matches more than one plan; give more of the name.` : `There is no plan for "${query}".`;
    const known = plans.length === 0 ? 'There are no plans in the store.' : `The plans are:\n${planLines(plans)}`;
    super(`${message}\n${known}`);
    this.name = 'PlanChoiceError';
  }
}

/** The plans to choose from, one a line: id, then council. */
export function planLines(plans: readonly PlanSummary[]): string {
  return plans.map((p) => `  ${p.id}  (${p.council})`).join('\n');
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
  if (matches.length > 1) throw new PlanChoiceError('several', query, matches);
  throw new PlanChoiceError('none', query, plans);
}

/** Loads the plan `query` names (see choosePlan) with its summary. */
export async function openPlan(store: PlanStore, query: string): Promise<{ summary: PlanSummary; plan: Plan }> {
  const summary = choosePlan(await store.listPlans(), query);
  return { summary, plan: await store.loadPlan(summary.id) };
}
