export { MANAGER_VIEWS, BUILT_IN_VIEW_FIELDS, listTitleOf, type ManagerView } from './manager-views';
export type { Caml } from './caml';
