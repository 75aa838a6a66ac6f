/** @jest-environment jsdom */
import { CHANNEL_TAB_CONTEXT, pretendFramed, pretendTopLevel, teamsJsMock } from './teams-js-mock';

jest.mock('@microsoft/teams-js', () => teamsJsMock);

type HostModule = typeof import('../../src/teams');

/** A fresh copy of the host module: detection runs once per page, so once per test here. */
function freshHost(): HostModule {
  let host: HostModule | undefined;
  jest.isolateModules(() => {
    host = jest.requireActual<HostModule>('../../src/teams');
  });
  return host!;
}

beforeEach(() => {
  jest.clearAllMocks();
  pretendTopLevel();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  jest.useRealTimers();
  // jsdom has no matchMedia of its own; a test that adds one takes it away again.
  Reflect.deleteProperty(window, 'matchMedia');
});

describe('when the page is opened in a plain browser window', () => {
  it('answers at once with a browser context and never loads Teams', async () => {
    const session = await freshHost().detectHost();
    expect(session.context).toMatchObject({ inTeams: false, frame: 'browser', hostName: 'browser' });
    expect(teamsJsMock.app.initialize).not.toHaveBeenCalled();
  });

  it('takes the theme from ?theme= over the browser preference', async () => {
    window.history.replaceState(null, '', '/?theme=contrast');
    expect((await freshHost().detectHost()).context.theme).toBe('contrast');
  });

  it('follows prefers-color-scheme when nothing overrides it', async () => {
    const listeners: (() => void)[] = [];
    let dark = true;
    window.matchMedia = ((query: string) => ({
      matches: query.includes('dark') && dark,
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      removeEventListener: jest.fn(),
    })) as unknown as typeof window.matchMedia;
    const session = await freshHost().detectHost();
    expect(session.context.theme).toBe('dark');
    const seen: string[] = [];
    session.actions.onThemeChange((theme) => seen.push(theme));
    dark = false;
    listeners.forEach((listener) => listener());
    expect(seen).toContain('light');
  });
});

describe('when Teams mobile loads the page in a top-level webview', () => {
  beforeEach(() => {
    (window as Window & { nativeInterface?: unknown }).nativeInterface = { framelessPostMessage: jest.fn() };
    teamsJsMock.app.initialize.mockResolvedValue(undefined);
    teamsJsMock.app.getContext.mockResolvedValue({ ...CHANNEL_TAB_CONTEXT, app: { ...CHANNEL_TAB_CONTEXT.app, host: { name: 'Teams', clientType: 'android' } } });
  });
  afterEach(() => Reflect.deleteProperty(window, 'nativeInterface'));

  it('initialises teams-js, though no parent frame is there, and reads the Teams context', async () => {
    const { context } = await freshHost().detectHost();
    expect(teamsJsMock.app.initialize).toHaveBeenCalledTimes(1);
    expect(context).toMatchObject({ inTeams: true, hostName: 'Teams', frame: 'content' });
  });
});

describe('when the page is framed by something that never answers', () => {
  it('falls back to the browser context once the timeout passes, not before', async () => {
    jest.useFakeTimers();
    pretendFramed();
    teamsJsMock.app.initialize.mockReturnValue(new Promise(() => undefined));
    const host = freshHost();
    let settled = false;
    const detection = host.detectHost().then((session) => {
      settled = true;
      return session;
    });
    await jest.advanceTimersByTimeAsync(host.HOST_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect((await detection).context.inTeams).toBe(false);
    expect(teamsJsMock.app.getContext).not.toHaveBeenCalled();
  });
});

describe('when Teams hosts the page', () => {
  beforeEach(() => {
    pretendFramed();
    teamsJsMock.app.initialize.mockResolvedValue(undefined);
    teamsJsMock.app.getContext.mockResolvedValue(CHANNEL_TAB_CONTEXT);
  });

  it('reads the user, tenant, team, channel, locale, theme and deep link from the context', async () => {
    const { context } = await freshHost().detectHost();
    expect(context).toEqual({
      inTeams: true,
      hostName: 'Teams',
      frame: 'content',
      theme: 'dark',
      locale: 'en-GB',
      user: { id: 'user-1', displayName: 'Sam Okafor', userPrincipalName: 'sam.okafor@kestrelvale.gov.uk', tenantId: 'tenant-1' },
      team: { id: '19:team@thread.skype', displayName: 'Census partnership' },
      channel: { id: '19:channel@thread.skype', displayName: 'General' },
      entityId: 'lapp-kestrel-vale',
      subPageId: '/plan/kestrel-vale/section/keyContacts?row=k1',
    });
  });

  it('initialises Teams once however often detection is asked for', async () => {
    const host = freshHost();
    await Promise.all([host.detectHost(), host.detectHost(), host.detectHost()]);
    expect(teamsJsMock.app.initialize).toHaveBeenCalledTimes(1);
  });

  it("passes Teams' theme changes on, mapped to our names", async () => {
    const { actions } = await freshHost().detectHost();
    const seen: string[] = [];
    actions.onThemeChange((theme) => seen.push(theme));
    const teamsHandler = teamsJsMock.app.registerOnThemeChangeHandler.mock.calls[0]![0];
    teamsHandler('contrast');
    teamsHandler('default');
    expect(seen).toEqual(['contrast', 'light']);
  });

  it('enables Save only for a chosen plan and stores that config when Teams saves', async () => {
    const { actions } = await freshHost().detectHost();
    const config = {
      contentUrl: 'https://lapp.example/?surface=tab&plan=kestrel-vale',
      websiteUrl: 'https://lapp.example/?surface=tab&plan=kestrel-vale',
      entityId: 'lapp-kestrel-vale',
      suggestedDisplayName: 'LAPP: Kestrel Vale',
    };
    actions.setTabConfig(null);
    expect(teamsJsMock.pages.config.setValidityState).toHaveBeenLastCalledWith(false);
    actions.setTabConfig(config);
    expect(teamsJsMock.pages.config.setValidityState).toHaveBeenLastCalledWith(true);

    teamsJsMock.pages.config.setConfig.mockResolvedValue(undefined);
    const event = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    const onSave = teamsJsMock.pages.config.registerOnSaveHandler.mock.calls[0]![0];
    onSave(event);
    await Promise.resolve();
    expect(teamsJsMock.pages.config.setConfig).toHaveBeenCalledWith(config);
    expect(event.notifySuccess).toHaveBeenCalled();
    expect(teamsJsMock.pages.config.registerOnSaveHandler).toHaveBeenCalledTimes(1);
  });

  it('reports a refused save to Teams with the reason', async () => {
    const { actions } = await freshHost().detectHost();
    actions.setTabConfig({ contentUrl: 'https://x/', websiteUrl: 'https://x/', entityId: 'e', suggestedDisplayName: 'n' });
    teamsJsMock.pages.config.setConfig.mockRejectedValue(new Error('Tab could not be saved'));
    const event = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    teamsJsMock.pages.config.registerOnSaveHandler.mock.calls[0]![0](event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(event.notifyFailure).toHaveBeenCalledWith('Tab could not be saved');
    expect(event.notifySuccess).not.toHaveBeenCalled();
  });

  it("shares a deep link through Teams with the route as the subPageId", async () => {
    const { actions } = await freshHost().detectHost();
    await expect(
      actions.shareLink({ route: '/plan/kestrel-vale/section/keyContacts?row=k1', label: 'Key contacts', webUrl: 'https://x/#/plan' }),
    ).resolves.toBe('shared');
    expect(teamsJsMock.pages.shareDeepLink).toHaveBeenCalledWith({
      subPageId: '/plan/kestrel-vale/section/keyContacts?row=k1',
      subPageLabel: 'Key contacts',
      subPageWebUrl: 'https://x/#/plan',
    });
  });

  it('tells Teams a failed sign-in as AuthFailed and anything else as Other, once', async () => {
    const { actions } = await freshHost().detectHost();
    actions.notifyFailure('Sign-in was cancelled.', 'auth');
    actions.notifyFailure('Something else');
    actions.notifyReady();
    expect(teamsJsMock.app.notifyFailure).toHaveBeenCalledTimes(1);
    expect(teamsJsMock.app.notifyFailure).toHaveBeenCalledWith({ reason: 'AuthFailed', message: 'Sign-in was cancelled.' });
    expect(teamsJsMock.app.notifySuccess).not.toHaveBeenCalled();
  });

  it('hides the loading indicator once, when the first view is ready', async () => {
    const { actions } = await freshHost().detectHost();
    actions.notifyReady();
    actions.notifyReady();
    expect(teamsJsMock.app.notifySuccess).toHaveBeenCalledTimes(1);
  });
});
