import { configure } from '@testing-library/react';
import { TabSurface } from '../../../src/app/TabSurface';
import type { MemoryPlanStore } from '../../support/memory-plan-store';
import { PLAN_ID } from './sample-plan';
import { renderWithStore } from './render-with-store';
import './dom-shims';

export { PEOPLE, PLAN_ID, samplePlan } from './sample-plan';

// The machine running the suite is shared: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 5000 });

/** The plan tab at a route, as `?surface=tab&plan=…#<route>` opens it, over a fake store. */
export function renderTab(store: MemoryPlanStore, route: string) {
  window.history.replaceState(null, '', `/?surface=tab&plan=${PLAN_ID}#${route}`);
  return renderWithStore(store, <TabSurface />);
}

export function sectionRoute(sectionId: string, rowKey?: string): string {
  return `/plan/${PLAN_ID}/section/${sectionId}${rowKey ? `?row=${rowKey}` : ''}`;
}
