/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { ShownToHost, SurfaceErrorBoundary } from '../../src/app/HostOutcome';
import { HostProvider } from '../../src/teams';
import '../ui/support/dom-shims';
import { CHANNEL_TAB_CONTEXT, pretendFramed, teamsJsMock } from './teams-js-mock';

jest.mock('@microsoft/teams-js', () => teamsJsMock);

// Detection runs once per page, and the host hears only the first outcome: one page per file.
beforeAll(() => {
  pretendFramed();
  teamsJsMock.app.initialize.mockResolvedValue(undefined);
  teamsJsMock.app.getContext.mockResolvedValue(CHANNEL_TAB_CONTEXT);
});

function Throws(): never {
  throw new Error('The plan list could not be read.');
}

describe('a surface that cannot show', () => {
  it('shows why, tells Teams the same reason, and never claims success', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <HostProvider>
        <SurfaceErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Throws />
            <ShownToHost />
          </Suspense>
        </SurfaceErrorBoundary>
      </HostProvider>,
    );
    // The code's own words, under the catalogue's sentence and marked as English.
    expect(await screen.findByText('The plan list could not be read.')).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/^Something went wrong while showing this page\./)).toBeInTheDocument();
    expect(screen.getByText('The app cannot start')).toBeInTheDocument();
    expect(teamsJsMock.app.notifyFailure).toHaveBeenCalledWith({ reason: 'Other', message: 'The plan list could not be read.' });
    expect(teamsJsMock.app.notifySuccess).not.toHaveBeenCalled();
  });
});
