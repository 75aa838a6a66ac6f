/** The last loaded plan per plan id, kept on the device and refreshed through the store's changes. */
export { PlanCache, type PlanCacheOptions, type RefreshedPlan } from './plan-cache';
export type { CachedPlan, PlanCacheStorage } from './cached-plan';
export { createMemoryPlanStorage } from './memory-storage';
export { createIndexedDbPlanStorage } from './indexeddb-storage';
