import type { AppConfig } from '../config/app-config';
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
