/**
 * SharePoint REST for what Graph lacks (list views, versioning), the site set-up built on it, and
 * reading every plan of a site for managers. Used by `lapp provision`, the tab's "Set up this
 * site" and the managers' roll-up.
 */
export { SharePointRest, listPath, type SharePointRestOptions } from './sharepoint-rest';
export { readViewTitles, addListView } from './list-views';
export { isVersioningOn, turnOnVersioning } from './list-versioning';
export { resolveSite, siteKeyForUrl, type ResolvedSite } from './site-address';
export { setUpSite, countChanges, SITE_SETUP_STEPS, type SiteSetupCounts, type SiteSetupEvent, type SiteSetupProgress, type SiteSetupReport } from './set-up-site';
export { loadAllPlans } from './all-plans';
