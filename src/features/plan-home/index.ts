/** A plan's home page: strands, milestones and sign-off at a glance. */
export { PlanHome } from './PlanHome';
