/** The channel tab's configuration page: pick or create the plan the tab shows. */
export { TabConfigPage } from './TabConfigPage';
