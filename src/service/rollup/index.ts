export { handleRollupRoute, ROLLUP_SECTIONS, type RollupRouteContext } from './rollup-route';
