import { fork } from 'node:child_process';
import path from 'node:path';
import { createGraphStore, type GraphStore } from '../../src/storage/graph';
import { createServiceStore, type ServiceStore } from '../../src/storage/service-client';

export interface BenchSite {
  readonly graphBaseUrl: string;
  /** What the stand-in adds to each request, and the browser's distance to the plan service. */
  readonly latencyMs: number;
  readonly siteId: string;
  /** A new client straight to SharePoint, as a tab once had: nothing read yet, not even the list ids. */
  storeFor(options?: { fetchImpl?: typeof fetch; as?: string }): GraphStore;
  /**
   * The browser's store today: the plan service's client, with the person's token for its API.
   * The service runs beside the stand-in and is warm, as a deployed one is.
   */
  serviceStoreFor(options?: { fetchImpl?: typeof fetch; as?: string }): ServiceStore;
  /** `fetchImpl` sending the site owner's token, for requests made without the adapter. */
  authorised(fetchImpl: typeof fetch): typeof fetch;
  close(): Promise<void>;
}

type Ready = { graphBaseUrl: string; siteId: string; tokens: Record<string, string>; apiBase: string; serviceTokens: Record<string, string> } | { error: string };

function tokenOf(tokens: Record<string, string>, as: string | undefined): () => Promise<string> {
  return async () => {
    const token = tokens[as ?? 'owner'];
    if (!token) throw new Error(`The benchmark's stand-in has no token for ${as}.`);
    return token;
  };
}

/**
 * The local stand-in in its own process with one fictional plan per size (see
 * stand-in-process.ts), every request delayed by `latencyMs` as a distant SharePoint would be.
 */
export async function startBenchSite(rowCounts: readonly number[], latencyMs: number): Promise<BenchSite> {
  const child = fork(path.join(__dirname, 'stand-in-process.ts'), [rowCounts.join(','), String(latencyMs)], {
    execArgv: ['--import', 'tsx'],
    cwd: path.resolve(__dirname, '..', '..'),
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`The benchmark's stand-in stopped before it was ready (exit ${code}).`)));
  });
  if ('error' in ready) throw new Error(`The benchmark's stand-in could not start: ${ready.error}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ...ready,
    latencyMs,
    storeFor: ({ fetchImpl, as } = {}) =>
      createGraphStore({
        baseUrl: ready.graphBaseUrl,
        siteId: ready.siteId,
        ...(fetchImpl && { fetchImpl }),
        getToken: tokenOf(ready.tokens, as),
      }),
    serviceStoreFor: ({ fetchImpl, as } = {}) => createServiceStore({ baseUrl: ready.apiBase, getToken: tokenOf(ready.serviceTokens, as), ...(fetchImpl && { fetchImpl }) }),
    authorised: (fetchImpl) =>
      ((input: RequestInfo | URL, init?: RequestInit) =>
        fetchImpl(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Authorization: `Bearer ${ready.tokens.owner}` } })) as typeof fetch,
    close: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
