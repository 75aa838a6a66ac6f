import { GraphHttp } from './graph-http';
import { GraphStore } from './graph-store';
import { DEFAULT_RETRY_POLICY, systemClock } from './pipeline/backoff';
import { createGraphClient } from './pipeline';
import { BatchSender } from './requests/batch';
import { ListDirectory } from './store/list-directory';

export { GraphStore } from './graph-store';

export interface GraphStoreOptions {
  /** The Graph root with its version: https://graph.microsoft.com/v1.0, or the stand-in's /graph/v1.0. */
  readonly baseUrl: string;
  /** The site holding the lists: "host,siteGuid,webGuid" or "host:/sites/name:". */
  readonly siteId: string;
  /** A Graph access token for each request; omit in local mode. */
  readonly getToken?: () => Promise<string>;
  readonly fetchImpl?: typeof fetch;
  /** Requests on the wire at once (default 4). */
  readonly maxConcurrency?: number;
  /** Retries of throttled, unavailable or lost requests (defaults: 3 retries, 1 s, at most 30 s a wait). */
  readonly retry?: { readonly maxRetries?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number };
  /** `$top` of item reads (default 2000): a plan's section fits in one page. */
  readonly pageSize?: number;
  /** Time limit of one attempt before it counts as lost (default 30 s). */
  readonly timeoutMs?: number;
}

function checkedBaseUrl(baseUrl: string): string {
  try {
    return new URL(baseUrl).href.replace(/\/+$/, '');
  } catch {
    throw new RangeError(`The Graph address "${baseUrl}" is not a URL (expected something like https://graph.microsoft.com/v1.0).`);
  }
}

/** The plan store over Graph, with its pipeline: auth → throttle/retry → concurrency cap → fetch. */
export function createGraphStore(opts: GraphStoreOptions): GraphStore {
  const baseUrl = checkedBaseUrl(opts.baseUrl);
  if (opts.siteId.trim() === '') throw new RangeError('A SharePoint site id is needed to store plans.');
  const retry = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  const client = createGraphClient({
    baseUrl,
    getToken: opts.getToken,
    // Wrapped so a browser's fetch is never called detached from window.
    fetchImpl: opts.fetchImpl ?? ((input, init) => fetch(input, init)),
    maxConcurrency: opts.maxConcurrency ?? 4,
    retry,
    clock: systemClock,
    timeoutMs: opts.timeoutMs ?? 30_000,
  });
  const http = new GraphHttp(client);
  const batch = new BatchSender(http, retry, systemClock);
  return new GraphStore({ http, batch, baseUrl, directory: new ListDirectory(batch, baseUrl, opts.siteId), pageSize: opts.pageSize ?? 2000 });
}
