import type { CachedPlan, PlanCacheStorage } from './cached-plan';

/**
 * Cached plans that live as long as the process: for Node, the CLI and tests. Copies on the way
 * in and out, as a database would, so a kept plan never changes behind the cache's back.
 */
export function createMemoryPlanStorage(): PlanCacheStorage {
  const kept = new Map<string, CachedPlan>();
  return {
    get: async (planId) => {
      const entry = kept.get(planId);
      return entry && structuredClone(entry);
    },
    put: async (entry) => {
      kept.set(entry.planId, structuredClone(entry));
    },
    remove: async (planId) => {
      kept.delete(planId);
    },
    close: () => undefined,
  };
}
