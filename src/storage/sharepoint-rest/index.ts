/**
 * SharePoint REST for what Graph lacks (list views, versioning) and the site set-up built on it.
 * Used by `lapp provision` and the tab's "Set up this site".
 */
export { SharePointRest, listPath, type SharePointRestOptions } from './sharepoint-rest';
export { readViewTitles, addListView } from './list-views';
export { isVersioningOn, turnOnVersioning } from './list-versioning';
export { resolveSite, siteKeyForUrl, type ResolvedSite } from './site-address';
export { readSiteTimeZone, timeZoneWarning, UK_TIME_ZONE_ID, type SiteTimeZone, type TimeZoneWarning } from './site-time-zone';
export { setUpSite, countChanges, SITE_SETUP_STEPS, type SiteSetupCounts, type SiteSetupEvent, type SiteSetupProgress, type SiteSetupReport } from './set-up-site';
