import type { AppConfig } from '../config/app-config';
import { applyRowChanges } from '../lib/live/apply-changes';
import type { PlanCache } from '../storage/plan-cache';
import type { PlanStore } from '../storage/port';

/** A Graph access token for each request: the one seam between the store and sign-in. */
export type TokenProvider = () => Promise<string>;

/** The stand-in reads who is calling from "Bearer standin:<email>". */
export function localToken(email: string): TokenProvider {
  return async () => `standin:${email}`;
}

/**
 * The plan store the features use, over Graph (a tenant's, or the stand-in's in local mode).
 * The adapter loads as its own bundle, in parallel with the first render, to keep the first
 * download small.
 */
export async function createAppStore(config: AppConfig, getToken: TokenProvider): Promise<PlanStore> {
  const { createGraphStore } = await import(/* webpackChunkName: "graph-store" */ '../storage/graph');
  return createGraphStore({ baseUrl: config.graphBaseUrl, siteId: config.siteId, getToken });
}

/** The plan store and the device's cache of opened plans over it. */
export interface AppStorage {
  readonly store: PlanStore;
  readonly cache: PlanCache;
}

/**
 * The store with the device's plan cache, their code loaded together as two bundles of their
 * own. The cache is one IndexedDB database per site and person (`account`: the local sample
 * user's email, or the signed-in account's id), so nobody is shown a plan kept for someone else.
 */
export async function createAppStorage(config: AppConfig, getToken: TokenProvider, account: string): Promise<AppStorage> {
  const [store, { PlanCache, createIndexedDbPlanStorage }] = await Promise.all([
    createAppStore(config, getToken),
    import(/* webpackChunkName: "plan-cache" */ '../storage/plan-cache'),
  ]);
  const storage = createIndexedDbPlanStorage(`lapp-plan-cache:${config.siteId}:${account}`);
  return { store, cache: new PlanCache({ store, storage, applyChanges: applyRowChanges }) };
}
