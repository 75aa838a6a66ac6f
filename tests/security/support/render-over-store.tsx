import { configure } from '@testing-library/react';
import { TabSurface } from '../../../src/app/TabSurface';
import type { PlanStore } from '../../../src/storage/port';
import { renderWithStore } from '../../ui/support/render-with-store';
import '../../ui/support/dom-shims';

// Real HTTP to the stand-in on a shared machine: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 8000 });

/** The plan tab at a route over any store (the Graph adapter against the stand-in, say), with the app's outbox over it. */
export function renderTabOver(store: PlanStore, route: string) {
  window.history.replaceState(null, '', `/?surface=tab#${route}`);
  return renderWithStore(store, <TabSurface />);
}
