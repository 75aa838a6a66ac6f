/** Setting up a SharePoint site for plans: lists, versioning and the managers' views. */
export { SiteSetupPage } from './SiteSetupPage';
