/** The personal app's list of the plans someone takes part in. */
export { MyPlansPage } from './MyPlansPage';
