import { restFetch, type RestOptions, type RestRequest } from './rest-fetch';

/**
 * A client for one site's SharePoint REST API (`<site>/_api/…`), for what Graph lacks: list views
 * and versioning. It speaks OData verbose, which every SharePoint version and the local stand-in
 * understand. Real SharePoint wants a token for the SharePoint resource itself (a Graph token is
 * refused); with a bearer token no form digest is needed.
 */
export interface SharePointRestOptions extends RestOptions {
  /** The site's web URL, e.g. https://contoso.sharepoint.com/sites/census (Graph's `webUrl`). */
  readonly siteUrl: string;
}

const VERBOSE = 'application/json;odata=verbose';

/** What a refused change means here: only the site's owners may change lists' settings and views. */
const NEEDS_OWNER = 'Adding views and turning on versioning needs the site owner’s rights (Manage Lists) on this SharePoint site.';

/** `web/lists/getbytitle('…')`, with the title's quotes doubled as OData wants. */
export function listPath(listTitle: string): string {
  return `web/lists/getbytitle('${encodeURIComponent(listTitle.replace(/'/g, "''"))}')`;
}

function checkedSiteUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new RangeError(`The SharePoint site address "${siteUrl}" is not a URL (expected e.g. https://contoso.sharepoint.com/sites/census).`);
  }
  if (url.search || url.hash) throw new RangeError(`The SharePoint site address "${siteUrl}" must not carry a query or a fragment.`);
  return url.href.replace(/\/+$/, '');
}

export class SharePointRest {
  /** The site's web URL without a trailing slash. */
  readonly siteUrl: string;

  constructor(private readonly options: SharePointRestOptions) {
    this.siteUrl = checkedSiteUrl(options.siteUrl);
  }

  /** GET `<site>/_api/<apiPath>`; resolves with the answer's `d` (collections: `d.results`). */
  async get<T>(apiPath: string): Promise<T> {
    return this.send(apiPath, { method: 'GET', idempotent: true });
  }

  /** POST a verbose JSON body; `idempotent` when sending it twice changes nothing more. */
  async post<T>(apiPath: string, body: unknown, extra: { headers?: Record<string, string>; idempotent?: boolean } = {}): Promise<T> {
    return this.send(apiPath, { method: 'POST', body, headers: { 'Content-Type': VERBOSE, ...extra.headers }, idempotent: extra.idempotent });
  }

  private async send<T>(apiPath: string, request: RestRequest): Promise<T> {
    const body = await restFetch(
      `${this.siteUrl}/_api/${apiPath}`,
      { ...request, headers: { Accept: VERBOSE, ...request.headers }, forbidden: NEEDS_OWNER },
      this.options,
    );
    return (body as { d?: T } | undefined)?.d as T;
  }
}
