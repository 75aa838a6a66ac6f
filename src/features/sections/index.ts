/** The plan's section pages: tables, matrices and details, edited in place. */
export { SectionPage } from './SectionPage';
