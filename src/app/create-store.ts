import type { AppConfig } from '../config/app-config';
import { applyRowChanges } from '../lib/live/apply-changes';
import { createIndexedDbPlanStorage, PlanCache } from '../storage/plan-cache';
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

/**
 * The device's cache of opened plans, one IndexedDB database per site and person (`account`: the
 * local sample user's email, or the signed-in account's id), so nobody is shown a plan kept for
 * someone else.
 */
export function createPlanCache(store: PlanStore, config: AppConfig, account: string): PlanCache {
  const storage = createIndexedDbPlanStorage(`lapp-plan-cache:${config.siteId}:${account}`);
  return new PlanCache({ store, storage, applyChanges: applyRowChanges });
}
