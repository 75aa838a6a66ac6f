import type { GraphColumnDefinition } from '../column-definitions';
import type { GraphHttp } from '../graph-http';
import type { GraphList } from '../graph-types';
import { queryString } from '../odata';
import { sitePath } from './sites';

export function listPath(siteId: string, listId: string): string {
  return `${sitePath(siteId)}/lists/${encodeURIComponent(listId)}`;
}

/** Every list of the site, by id and display name (one page in practice; paged like any collection). */
export function listsUrl(siteId: string): string {
  return `${sitePath(siteId)}/lists${queryString({ $select: 'id,displayName' })}`;
}

/** Creates a generic list (which brings its own Title column) with all the given columns. */
export async function createList(
  http: GraphHttp,
  siteId: string,
  displayName: string,
  columns: readonly GraphColumnDefinition[],
): Promise<GraphList> {
  const answer = await http.send<GraphList>({
    method: 'POST',
    path: `${sitePath(siteId)}/lists`,
    body: { displayName, list: { template: 'genericList' }, columns },
  });
  return answer.body;
}
