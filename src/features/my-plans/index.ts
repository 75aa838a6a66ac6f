/** The personal app: the plans someone takes part in and the actions they own across them. */
export { PersonalViews } from './PersonalViews';
export { MyPlansPage } from './MyPlansPage';
