/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { HostProvider, useHost } from '../../src/teams';
import { CHANNEL_TAB_CONTEXT, pretendFramed, teamsJsMock } from './teams-js-mock';

jest.mock('@microsoft/teams-js', () => teamsJsMock);

function HostView() {
  const { inTeams, theme, channel } = useHost();
  return <p>{`${inTeams ? 'Teams' : 'browser'} ${theme} ${channel?.displayName ?? 'no channel'}`}</p>;
}

describe('the host hook outside any provider', () => {
  it('gives a browser context, so components work in a plain page', () => {
    render(<HostView />);
    expect(screen.getByText(/^browser/)).toBeInTheDocument();
  });
});

// Detection runs once per page, so these tests share one Teams session, in order.
describe('the host provider inside Teams', () => {
  beforeAll(() => {
    pretendFramed();
    teamsJsMock.app.initialize.mockResolvedValue(undefined);
    teamsJsMock.app.getContext.mockResolvedValue(CHANNEL_TAB_CONTEXT);
  });

  const renderInStrictMode = () =>
    render(
      <StrictMode>
        <HostProvider fallback={<p>Detecting</p>}>
          <HostView />
        </HostProvider>
      </StrictMode>,
    );

  it('initialises Teams once under React 18 strict mode and shows its context', async () => {
    renderInStrictMode();
    expect(screen.getByText('Detecting')).toBeInTheDocument();
    expect(await screen.findByText('Teams dark General')).toBeInTheDocument();
    expect(teamsJsMock.app.initialize).toHaveBeenCalledTimes(1);
  });

  it("re-renders with the new theme when Teams' theme changes", async () => {
    renderInStrictMode();
    await screen.findByText('Teams dark General');
    const teamsHandler = teamsJsMock.app.registerOnThemeChangeHandler.mock.calls[0]![0];
    act(() => teamsHandler('contrast'));
    expect(screen.getByText('Teams contrast General')).toBeInTheDocument();
  });
});
