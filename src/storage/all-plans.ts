import type { Plan } from '../plan';
import type { PlanStore } from './port';
import { mapWithLimit } from './map-with-limit';

export interface LoadAllPlansOptions {
  /** Plans read at once (default 3): each plan is a couple of $batch calls of up to 20 reads. */
  readonly concurrency?: number;
  /** After each plan is read: how many are in, of how many. */
  readonly onProgress?: (loaded: number, total: number) => void;
}

/** Every plan in the site, for managers' roll-ups: the summaries first, then each plan, a few at a time. */
export async function loadAllPlans(store: Pick<PlanStore, 'listPlans' | 'loadPlan'>, options: LoadAllPlansOptions = {}): Promise<Plan[]> {
  const summaries = await store.listPlans();
  let loaded = 0;
  options.onProgress?.(0, summaries.length);
  return mapWithLimit(summaries, options.concurrency ?? 3, async (summary) => {
    const plan = await store.loadPlan(summary.id);
    options.onProgress?.(++loaded, summaries.length);
    return plan;
  });
}
