import { StorageError } from '../errors';

/** An OData string literal: single quotes doubled, then quoted ("O'Brien" → 'O''Brien'). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A `$filter` on one list item field: fields/PlanId eq 'kestrel-vale'. */
export function fieldEquals(field: string, value: string): string {
  return `fields/${field} eq ${odataString(value)}`;
}

/**
 * A query string with every value percent-encoded, so a literal holding "&", "#" or "%27" reaches
 * Graph as written (the escaping of quotes is the OData layer's job, above).
 */
export function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * A link Graph handed back (`@odata.nextLink`, `@odata.deltaLink`) as a path under the Graph root,
 * so it can go through the same client or into a `$batch`. Compared by path, not host, because
 * the stand-in may be reached by another name than the one it puts in its links.
 */
export function relativeLink(baseUrl: string, link: string): string {
  if (link.startsWith('/')) return link;
  const base = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const url = new URL(link);
  if (!url.pathname.startsWith(`${base}/`)) {
    throw new StorageError(0, 'unexpectedLink', `Graph returned a link outside ${baseUrl}: ${url.origin}${url.pathname}`);
  }
  return `${url.pathname.slice(base.length)}${url.search}`;
}
