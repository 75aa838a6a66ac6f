import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { TabSurface } from '../../../src/app/TabSurface';
import { StoreProvider } from '../../../src/lib/store-context';
import { createMemoryQueue, createOutboxStore } from '../../../src/storage/outbox';
import type { PlanStore } from '../../../src/storage/port';
import '../../ui/support/dom-shims';

// Real HTTP to the stand-in on a shared machine: give the UI time to settle before a query gives up.
configure({ asyncUtilTimeout: 8000 });

/**
 * The plan tab at a route over any store (the Graph adapter against the stand-in, say), with the
 * outbox the app puts over it kept in memory. The provider's props are spread so the helper works
 * whether or not the provider takes the outbox yet (it is being wired in).
 */
export function renderTabOver(store: PlanStore, route: string) {
  window.history.replaceState(null, '', `/?surface=tab#${route}`);
  const outbox = createOutboxStore(store, createMemoryQueue(), { connectivity: null, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  const providerProps = { store, outbox } as Omit<ComponentProps<typeof StoreProvider>, 'children'>;
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <StoreProvider {...providerProps}>
        <TabSurface />
      </StoreProvider>
    </FluentProvider>,
  );
}
