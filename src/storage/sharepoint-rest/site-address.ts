import { NotFoundError, StorageError } from '../errors';
import { restFetch, type RestOptions } from './rest-fetch';

/** A site as Graph names it: its canonical id ("host,siteGuid,webGuid") and its web URL. */
export interface ResolvedSite {
  readonly id: string;
  /** The root of the site's SharePoint REST API. */
  readonly webUrl: string;
}

/**
 * Graph's key for a site given by its address: https://contoso.sharepoint.com/sites/census →
 * "contoso.sharepoint.com:/sites/census:" (a tenant's root site is just the host name).
 */
export function siteKeyForUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new RangeError(`"${siteUrl}" is not a SharePoint site address (expected e.g. https://contoso.sharepoint.com/sites/census).`);
  }
  if (url.protocol !== 'https:') throw new RangeError(`The SharePoint site address "${siteUrl}" must start with https://.`);
  if (url.search || url.hash) throw new RangeError(`The SharePoint site address "${siteUrl}" must not carry a query or a fragment.`);
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  return path === '' ? url.hostname : `${url.hostname}:${path}:`;
}

/** Asks Graph for a site's canonical id and web URL; `site` is an id or a key from siteKeyForUrl. */
export async function resolveSite(graphBaseUrl: string, site: string, options: RestOptions = {}): Promise<ResolvedSite> {
  const url = `${graphBaseUrl.replace(/\/+$/, '')}/sites/${site}?$select=id,webUrl`;
  let found: Partial<ResolvedSite> | undefined;
  try {
    found = (await restFetch(url, { method: 'GET', idempotent: true, forbidden: 'You do not have access to this SharePoint site.' }, options)) as
      | Partial<ResolvedSite>
      | undefined;
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(`There is no SharePoint site "${site}" (${error.message}).`);
    throw error;
  }
  if (!found?.id || !found.webUrl) throw new StorageError(200, 'siteWithoutAddress', `Graph did not give the id and address of the site "${site}".`);
  return { id: found.id, webUrl: found.webUrl };
}
