import type { PlanStore } from '../storage/port';
import { resolveSite, setUpSite, SharePointRest } from '../storage/sharepoint-rest';
import type { RunSiteSetup } from '../storage/site-setup';

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

/** The set-up over `store` (lists and columns) and the site's SharePoint REST (versioning, views). */
export function siteSetupFor(store: PlanStore, access: SiteAccess): RunSiteSetup {
  return async (onProgress) => {
    const site = await resolveSite(access.graphBaseUrl, access.siteId, { getToken: access.getGraphToken });
    const origin = new URL(site.webUrl).origin;
    const getSharePointToken = access.getSharePointToken;
    const sharePoint = new SharePointRest({ siteUrl: site.webUrl, getToken: getSharePointToken && (() => getSharePointToken(origin)) });
    return setUpSite(store, sharePoint, onProgress);
  };
}
