import type { GraphColumnDefinition } from '../column-definitions';
import type { GraphHttp } from '../graph-http';
import { queryString } from '../odata';
import { listPath } from './lists';

/** A list's columns, internal names only (SharePoint's own included). */
export function columnsUrl(siteId: string, listId: string): string {
  return `${listPath(siteId, listId)}/columns${queryString({ $select: 'name' })}`;
}

/** Adds one column to an existing list. */
export async function addColumn(http: GraphHttp, siteId: string, listId: string, column: GraphColumnDefinition): Promise<void> {
  await http.send({ method: 'POST', path: `${listPath(siteId, listId)}/columns`, body: column });
}
