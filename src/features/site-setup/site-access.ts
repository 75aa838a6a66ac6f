/**
 * How the tab reaches the site to set it up: the Graph root and site (for the lists) and tokens
 * for Graph and for the site's SharePoint REST API, which takes a token of its own.
 */
export interface SiteAccess {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly getGraphToken?: () => Promise<string>;
  /** A token for SharePoint REST at this origin, e.g. https://contoso.sharepoint.com. */
  readonly getSharePointToken?: (origin: string) => Promise<string>;
}
