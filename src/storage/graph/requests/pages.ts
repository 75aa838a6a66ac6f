import type { GraphCollection } from '../graph-types';
import { relativeLink } from '../odata';
import { successBody, type BatchSender } from './batch';

export interface PageRequest {
  readonly id: string;
  /** The first page's URL under the Graph root. */
  readonly url: string;
}

export interface PagedResult<T> {
  readonly items: T[];
  /** Where a delta enumeration ended: the link for the next sync. */
  deltaLink?: string;
  /** True when the service refused the link (410 Gone) and the enumeration started again. */
  restarted: boolean;
}

export interface PagingOptions {
  /** Where to start again when a link answers 410 Gone (delta tokens expire); once per request. */
  readonly restartUrl?: (id: string) => string;
}

/**
 * Reads every page of several collections at once: each round is one `$batch` (or a few, in
 * parallel) holding the next page of every collection that has one, so N collections of one page
 * cost one round trip, not N.
 */
export async function readAllPages<T>(
  batch: BatchSender,
  baseUrl: string,
  requests: readonly PageRequest[],
  options: PagingOptions = {},
): Promise<Map<string, PagedResult<T>>> {
  const results = new Map<string, PagedResult<T>>(requests.map((r) => [r.id, { items: [], restarted: false }]));
  let pending = requests;
  while (pending.length > 0) {
    const answers = await batch.send(pending.map((p) => ({ id: p.id, method: 'GET' as const, url: p.url })));
    const next: PageRequest[] = [];
    for (const { id } of pending) {
      const answer = answers.get(id);
      const result = results.get(id);
      if (!answer || !result) continue;
      if (answer.status === 410 && options.restartUrl && !result.restarted) {
        result.items.length = 0;
        result.restarted = true;
        next.push({ id, url: options.restartUrl(id) });
        continue;
      }
      const page = successBody<GraphCollection<T> | undefined>(answer) ?? {};
      result.items.push(...(page.value ?? []));
      const nextLink = page['@odata.nextLink'];
      if (nextLink) next.push({ id, url: relativeLink(baseUrl, nextLink) });
      else if (page['@odata.deltaLink']) result.deltaLink = relativeLink(baseUrl, page['@odata.deltaLink']);
    }
    pending = next;
  }
  return results;
}
