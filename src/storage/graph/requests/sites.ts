import { queryString } from '../odata';
import type { BatchRequest } from './batch';

/**
 * The site's path under the Graph root. The id is used as configured: it may be the canonical
 * "host,siteGuid,webGuid" or the "host:/sites/name:" form, whose ':' and '/' must stay as they are.
 */
export function sitePath(siteId: string): string {
  return `/sites/${siteId}`;
}

/** Reads the site's canonical id (resolves the "host:/sites/name:" form). */
export function siteIdRequest(siteId: string): BatchRequest {
  return { id: 'site', method: 'GET', url: `${sitePath(siteId)}${queryString({ $select: 'id' })}` };
}
