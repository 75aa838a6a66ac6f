import type { Plan, SectionId } from '../../plan';

/** A plan as last loaded on this device, with the change cursor that brings it up to date. */
export interface CachedPlan {
  readonly planId: string;
  readonly plan: Plan;
  /** From `PlanStore.changes`, taken before the plan was read, so nothing written since is missed. */
  readonly cursor: string;
  /** The sections the cursor follows: a schema with other sections needs a full load. */
  readonly sections: readonly SectionId[];
  /** When the plan was last brought up to date (ISO instant). */
  readonly savedAt: string;
}

/**
 * Where cached plans are kept: IndexedDB in the browser (so a reopened tab paints at once),
 * memory in Node and tests. Holds people's names and emails: give each signed-in account its own.
 */
export interface PlanCacheStorage {
  get(planId: string): Promise<CachedPlan | undefined>;
  /** Adds or replaces the plan's entry. */
  put(entry: CachedPlan): Promise<void>;
  remove(planId: string): Promise<void>;
  /** Lets go of the underlying database, if any, for good: the storage is not used after this. */
  close(): void;
}
