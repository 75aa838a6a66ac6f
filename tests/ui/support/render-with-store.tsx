import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoreProvider } from '../../../src/lib/store-context';
import type { PlanStore } from '../../../src/storage/port';
import { testOutbox } from './test-outbox';

/** Renders UI as the app does: in the Teams light theme, over `store` with the app's outbox on top. */
export function renderWithStore(store: PlanStore, ui: ReactElement) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <StoreProvider store={store} outbox={testOutbox(store)}>
        {ui}
      </StoreProvider>
    </FluentProvider>,
  );
}
