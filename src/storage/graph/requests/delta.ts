import { queryString } from '../odata';
import { expandFields } from './items';
import { listPath } from './lists';

/**
 * The start of a list's item delta: `latest` gives only changes from now on (an empty page and a
 * deltaLink); `everything` enumerates every item first (used after a 410 Gone).
 */
export function deltaUrl(siteId: string, listId: string, fields: readonly string[], from: 'latest' | 'everything'): string {
  return `${listPath(siteId, listId)}/items/delta${queryString({
    $expand: expandFields(fields),
    token: from === 'latest' ? 'latest' : undefined,
  })}`;
}
