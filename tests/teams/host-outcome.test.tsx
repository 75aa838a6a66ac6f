/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { FailedToHost, ShownToHost } from '../../src/app/HostOutcome';
import { HostProvider } from '../../src/teams';
import { CHANNEL_TAB_CONTEXT, pretendFramed, teamsJsMock } from './teams-js-mock';

jest.mock('@microsoft/teams-js', () => teamsJsMock);

// Detection runs once per page, and the host hears only the first outcome: one page per file.
beforeAll(() => {
  pretendFramed();
  teamsJsMock.app.initialize.mockResolvedValue(undefined);
  teamsJsMock.app.getContext.mockResolvedValue(CHANNEL_TAB_CONTEXT);
});

/** A surface whose code arrives when the test says so, as a lazily loaded surface does. */
function lazySurface(): { Surface: ComponentType; arrive(): Promise<void> } {
  let resolve!: (module: { default: ComponentType }) => void;
  const loaded = new Promise<{ default: ComponentType }>((r) => (resolve = r));
  const Surface = lazy(() => loaded);
  return { Surface, arrive: async () => resolve({ default: () => <p>My plans</p> }) };
}

describe('telling the host the first view is on screen', () => {
  it('waits for the surface itself, not its loading placeholder, and tells Teams once', async () => {
    const { Surface, arrive } = lazySurface();
    const { rerender } = render(
      <HostProvider>
        <Suspense fallback={<p>Loading</p>}>
          <Surface />
          <ShownToHost />
        </Suspense>
      </HostProvider>,
    );
    await screen.findByText('Loading');
    expect(teamsJsMock.app.notifySuccess).not.toHaveBeenCalled();
    await arrive();
    await screen.findByText('My plans');
    expect(teamsJsMock.app.notifySuccess).toHaveBeenCalledTimes(1);
    rerender(
      <HostProvider>
        <ShownToHost />
        <FailedToHost reason="too late" />
      </HostProvider>,
    );
    expect(teamsJsMock.app.notifySuccess).toHaveBeenCalledTimes(1);
    expect(teamsJsMock.app.notifyFailure).not.toHaveBeenCalled();
  });
});
