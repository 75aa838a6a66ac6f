import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import { TabSurface } from '../../../src/app/TabSurface';
import { StoreProvider } from '../../../src/lib/store-context';
import { testOutbox } from './test-outbox';
import type { FakePlanStore } from './fake-plan-store';
import { PLAN_ID } from './sample-plan';
import './dom-shims';

export { PEOPLE, PLAN_ID, samplePlan } from './sample-plan';

// The machine running the suite is shared: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 5000 });

/** The plan tab at a route, as `?surface=tab&plan=…#<route>` opens it, over a fake store. */
export function renderTab(store: FakePlanStore, route: string) {
  window.history.replaceState(null, '', `/?surface=tab&plan=${PLAN_ID}#${route}`);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <StoreProvider store={store} outbox={testOutbox(store)}>
        <TabSurface />
      </StoreProvider>
    </FluentProvider>,
  );
}

export function sectionRoute(sectionId: string, rowKey?: string): string {
  return `/plan/${PLAN_ID}/section/${sectionId}${rowKey ? `?row=${rowKey}` : ''}`;
}
