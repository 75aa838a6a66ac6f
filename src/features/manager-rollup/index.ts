/** The managers' roll-up of every plan in the site. */
export { ManagerDashboard } from './ManagerDashboard';
