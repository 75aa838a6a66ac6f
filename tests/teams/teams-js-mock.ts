/**
 * A stand-in for @microsoft/teams-js at its module boundary: each test decides how the host
 * answers. Shared by the host tests through `jest.mock('@microsoft/teams-js', () => teamsJsMock)`.
 */
export const teamsJsMock = {
  app: {
    initialize: jest.fn<Promise<void>, []>(),
    getContext: jest.fn<Promise<unknown>, []>(),
    registerOnThemeChangeHandler: jest.fn<void, [(theme: string) => void]>(),
    notifySuccess: jest.fn(() => Promise.resolve()),
    notifyFailure: jest.fn(),
    FailedReason: { AuthFailed: 'AuthFailed', Timeout: 'Timeout', Other: 'Other' },
  },
  pages: {
    shareDeepLink: jest.fn(),
    config: {
      registerOnSaveHandler: jest.fn<void, [(event: SaveEvent) => void]>(),
      setConfig: jest.fn<Promise<void>, [unknown]>(),
      setValidityState: jest.fn<void, [boolean]>(),
    },
  },
};

export interface SaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** The context Teams gives a channel tab opened from a deep link, in the dark theme. */
export const CHANNEL_TAB_CONTEXT = {
  app: { theme: 'dark', locale: 'en-GB', host: { name: 'Teams', clientType: 'web' }, sessionId: 's1' },
  page: { id: 'lapp-kestrel-vale', frameContext: 'content', subPageId: '/plan/kestrel-vale/section/keyContacts?row=k1' },
  user: { id: 'user-1', displayName: 'Sam Okafor', userPrincipalName: 'sam.okafor@kestrelvale.gov.uk', tenant: { id: 'tenant-1' } },
  team: { internalId: '19:team@thread.skype', displayName: 'Census partnership' },
  channel: { id: '19:channel@thread.skype', displayName: 'General' },
};

const ownSelf = Object.getOwnPropertyDescriptor(window, 'self')!;

/**
 * Makes the page look framed (itself not the top window), as inside Teams or any iframe. jsdom's
 * `window.top` cannot be redefined, so `window.self` stands in for another window.
 */
export function pretendFramed(): void {
  Object.defineProperty(window, 'self', { configurable: true, get: () => ({}) });
}

export function pretendTopLevel(): void {
  Object.defineProperty(window, 'self', ownSelf);
}
