/**
 * The port the tab's "Set up this site" runs through: what a set-up reports, step by step and in
 * the end, and the views it adds. The app builds the `RunSiteSetup` (over Graph and SharePoint
 * REST); the page only runs it and shows what it says.
 */
import type { SiteSetupProgress, SiteSetupReport } from './sharepoint-rest/set-up-site';

export type { SiteSetupEvent, SiteSetupProgress, SiteSetupReport } from './sharepoint-rest/set-up-site';
export { countChanges } from './sharepoint-rest/set-up-site';
export { MANAGER_VIEWS, listTitleOf } from './views';

/** Sets the site up, reporting each step as it finishes. */
export type RunSiteSetup = (onProgress: (progress: SiteSetupProgress) => void) => Promise<SiteSetupReport>;
