/** @jest-environment jsdom */
import * as msal from '@azure/msal-browser';
import { BrowserAuthError, ServerError } from '@azure/msal-browser';
import { createTokenProvider, type TokenProvider } from '../../src/auth/token-provider';
import { SITE_SETUP_SCOPES, dailyGraphScopes } from '../../src/auth/scopes';
import { SignInFailedError, SignInRequiredError } from '../../src/auth/sign-in-errors';
import type { TenantConfig } from '../../src/auth/msal-config';
import { ADA, FakeClient, FakeEntra, tokenFor } from './fake-msal';

jest.mock('@azure/msal-browser', () => ({
  ...jest.requireActual('@azure/msal-browser'),
  createStandardPublicClientApplication: jest.fn(),
  createNestablePublicClientApplication: jest.fn(),
  PublicClientApplication: jest.fn(),
}));

const CONFIG: TenantConfig = {
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  siteId: 'contoso.sharepoint.com,1,2',
  clientId: '3c9d1e7f-2a4b-4c6d-8e0f-1a2b3c4d5e6f',
  authority: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555',
};
const EVERYDAY = [...dailyGraphScopes()];
const MANAGE = SITE_SETUP_SCOPES[0]!;

let entra: FakeEntra;
let clients: FakeClient[];
/** Whether the fake Teams host offers nested app auth. */
let hostOffersNaa: boolean;

beforeEach(() => {
  jest.clearAllMocks();
  entra = new FakeEntra();
  clients = [];
  hostOffersNaa = true;
  window.sessionStorage.clear();
  window.localStorage.clear();
  const newClient = (configuration: msal.Configuration) => {
    const client = new FakeClient(configuration, entra);
    clients.push(client);
    return client as unknown as msal.IPublicClientApplication;
  };
  jest.mocked(msal.createStandardPublicClientApplication).mockImplementation(async (configuration) => newClient(configuration));
  jest.mocked(msal.createNestablePublicClientApplication).mockImplementation(async (configuration, _id, factory) =>
    hostOffersNaa ? factory!(configuration, newClient(configuration) as never) : newClient(configuration),
  );
  // MSAL wraps the nested controller in a PublicClientApplication; our fake client plays both.
  jest.mocked(msal.PublicClientApplication).mockImplementation(((_configuration: unknown, controller: unknown) => controller) as never);
});

function client(): FakeClient {
  expect(clients).toHaveLength(1);
  return clients[0]!;
}

const inBrowser = (options: Partial<Parameters<typeof createTokenProvider>[1]> = {}) =>
  createTokenProvider(CONFIG, { isInTeams: false, ...options });

describe('inside Teams', () => {
  beforeEach(() => {
    entra.hostUser = ADA;
    EVERYDAY.forEach((scope) => entra.consented.add(scope));
  });

  it('gets tokens from the Teams host through nested app auth, with no pop-up', async () => {
    const auth = await createTokenProvider(CONFIG, { isInTeams: true });
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(msal.createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect(client().acquireTokenSilent).toHaveBeenCalledWith({ scopes: EVERYDAY });
    expect(entra.popupsOpened).toBe(0);
    expect(auth.account()).toEqual({ name: 'Ada Partner', username: ADA.username, tenantId: 'tenant-1' });
  });

  it('leaves signing out to Teams', async () => {
    const auth = await createTokenProvider(CONFIG, { isInTeams: true });
    expect(auth.canSignOut).toBe(false);
    await expect(auth.signOut()).rejects.toThrow('sign out of Teams instead');
  });

  it('asks the host to show consent when a scope has not been granted yet', async () => {
    const auth = await createTokenProvider(CONFIG, { isInTeams: true });
    await expect(auth.getToken(SITE_SETUP_SCOPES)).resolves.toBe(tokenFor([MANAGE]));
    expect(client().acquireTokenPopup).toHaveBeenCalledWith({ scopes: [MANAGE] });
  });

  it('falls back to a pop-up sign-in when the Teams client has no nested app auth', async () => {
    hostOffersNaa = false;
    entra.hostUser = null;
    const auth = await createTokenProvider(CONFIG, { isInTeams: true });
    expect(auth.canSignOut).toBe(true);
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
    expect(client().ssoSilent).toHaveBeenCalled();
    expect(entra.popupsOpened).toBe(1);
  });
});

describe('inside a Teams client without nested app auth, given Teams’ own sign-in window', () => {
  const ORIGIN = 'https://lapp.contoso.example';
  const answer = (accessToken: string, lifetimeMs: number) =>
    JSON.stringify({ accessToken, expiresOn: Date.now() + lifetimeMs, account: { name: 'Ada Partner', username: ADA.username, tenantId: 'tenant-1' } });

  beforeEach(() => {
    hostOffersNaa = false;
    entra.hostUser = null;
  });

  it('signs in through Teams’ window, not a pop-up, and reuses the token while it is fresh', async () => {
    const hostSignIn = jest.fn(async (_url: string) => answer('host-token-1', 60 * 60_000));
    const auth = await createTokenProvider(CONFIG, { isInTeams: true, hostSignIn, origin: ORIGIN });
    await expect(auth.getToken()).resolves.toBe('host-token-1');
    await expect(auth.getToken()).resolves.toBe('host-token-1');
    expect(hostSignIn).toHaveBeenCalledTimes(1);
    expect(hostSignIn).toHaveBeenCalledWith(`${ORIGIN}/auth-host.html?scopes=${encodeURIComponent(EVERYDAY.join(' '))}`);
    expect(entra.popupsOpened).toBe(0);
    expect(auth.account()).toEqual({ name: 'Ada Partner', username: ADA.username, tenantId: 'tenant-1' });
  });

  it('asks again when the token it has is about to expire', async () => {
    const hostSignIn = jest.fn(async (_url: string) => answer('short-lived', 60_000));
    const auth = await createTokenProvider(CONFIG, { isInTeams: true, hostSignIn, origin: ORIGIN });
    await auth.getToken();
    await auth.getToken();
    expect(hostSignIn).toHaveBeenCalledTimes(2);
  });

  it('says sign-in was cancelled when the person closes the window', async () => {
    const auth = await createTokenProvider(CONFIG, { isInTeams: true, hostSignIn: async () => Promise.reject(new Error('CancelledByUser')), origin: ORIGIN });
    await expect(auth.getToken()).rejects.toMatchObject({ name: 'SignInRequiredError', reason: 'cancelled' });
  });

  it('refuses an answer that is not a token, with a code of its own', async () => {
    const auth = await createTokenProvider(CONFIG, { isInTeams: true, hostSignIn: async () => 'not a token', origin: ORIGIN });
    await expect(auth.getToken()).rejects.toMatchObject({ name: 'SignInFailedError', code: 'host_sign_in_answer' });
  });
});

describe('in a browser outside Teams', () => {
  it('uses a standard client that keeps tokens in session storage and answers pop-ups through the bridge page', async () => {
    await inBrowser();
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(client().configuration).toEqual({
      auth: { clientId: CONFIG.clientId, authority: CONFIG.authority, redirectUri: 'http://localhost/auth-redirect.html' },
      cache: { cacheLocation: 'sessionStorage' },
    });
  });

  it('signs in the first time by trying silent SSO, then one pop-up', async () => {
    const auth = await inBrowser();
    expect(auth.account()).toBeNull();
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
    expect(client().ssoSilent).toHaveBeenCalledWith({ scopes: EVERYDAY });
    expect(client().acquireTokenPopup).toHaveBeenCalledWith({ scopes: EVERYDAY });
    expect(auth.account()?.username).toBe(ADA.username);
  });

  it('gets later tokens silently, with no pop-up', async () => {
    const auth = await inBrowser();
    await auth.getToken();
    await auth.getToken();
    await auth.getToken();
    expect(entra.popupsOpened).toBe(1);
    expect(client().acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: EVERYDAY, account: ADA });
  });

  it('signs in silently when the browser already has an Entra session', async () => {
    entra.session = ADA;
    EVERYDAY.forEach((scope) => entra.consented.add(scope));
    const auth = await inBrowser();
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
    expect(entra.popupsOpened).toBe(0);
  });

  it('opens a pop-up when Entra says interaction is required', async () => {
    const auth = await inBrowser();
    await auth.getToken();
    entra.silentFailure = new msal.InteractionRequiredAuthError('interaction_required', 'fake');
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
    expect(entra.popupsOpened).toBe(2);
  });

  it('opens only one pop-up when several requests need sign-in at once', async () => {
    const auth = await inBrowser();
    const tokens = await Promise.all([auth.getToken(), auth.getToken(), auth.getToken()]);
    expect(new Set(tokens)).toEqual(new Set([tokenFor(EVERYDAY)]));
    expect(entra.popupsOpened).toBe(1);
  });

  it('asks for a "Sign in" click when the browser blocks the pop-up, and signs in on that click', async () => {
    entra.popup = 'blocked';
    const auth = await inBrowser();
    const failure = await auth.getToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SignInRequiredError);
    expect(failure).toMatchObject({ reason: 'popup-blocked', message: expect.stringContaining('allow pop-ups') });
    entra.popup = 'approve';
    await expect(auth.signIn()).resolves.toEqual({ name: 'Ada Partner', username: ADA.username, tenantId: 'tenant-1' });
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
  });

  it('treats a closed pop-up as a cancelled sign-in', async () => {
    entra.popup = 'cancel';
    const auth = await inBrowser();
    await expect(auth.getToken()).rejects.toMatchObject({ name: 'SignInRequiredError', reason: 'cancelled' });
  });

  it.each([
    ['a network failure', new BrowserAuthError('no_network_connectivity', 'fake'), "Could not reach Microsoft's sign-in service", 'no_network_connectivity'],
    [
      'a partner who is not a guest in the tenant',
      new ServerError('invalid_request', 'fake', 'AADSTS50020: User account from identity provider does not exist in tenant.'),
      'not a member or guest of the organisation that holds this plan',
      'AADSTS50020',
    ],
    ['an Entra error we have no words for', new ServerError('invalid_client', 'fake', 'AADSTS7000218: something new.'), 'failed (AADSTS7000218)', 'AADSTS7000218'],
  ])('surfaces %s with a clear message and no pop-up', async (_what, error, message, code) => {
    entra.session = ADA;
    EVERYDAY.forEach((scope) => entra.consented.add(scope));
    entra.silentFailure = error;
    const auth = await inBrowser();
    const failure = await auth.getToken().catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(SignInFailedError);
    expect(failure).toMatchObject({ code, message: expect.stringContaining(message), cause: error });
    expect(entra.popupsOpened).toBe(0);
  });

  it('never writes a token to localStorage during a full sign-in', async () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    try {
      const auth = await inBrowser();
      await auth.getToken();
      await auth.getToken(SITE_SETUP_SCOPES);
      await auth.getSharePointToken('https://contoso.sharepoint.com');
      expect(window.localStorage.length).toBe(0);
      expect(setItem.mock.contexts.some((storage) => storage === window.localStorage)).toBe(false);
      expect(Object.values({ ...window.sessionStorage })).toContain(tokenFor(EVERYDAY));
    } finally {
      setItem.mockRestore();
    }
  });

  it('signing out forgets the account and does not sign straight back in silently', async () => {
    const auth = await inBrowser();
    await auth.getToken();
    await auth.signOut();
    expect(client().clearCache).toHaveBeenCalledWith({ account: ADA });
    expect(auth.account()).toBeNull();
    await expect(auth.getToken()).rejects.toMatchObject({ reason: 'signed-out' });
    expect(client().ssoSilent).toHaveBeenCalledTimes(1);
    await auth.signIn();
    expect(client().acquireTokenPopup).toHaveBeenLastCalledWith({ scopes: EVERYDAY, prompt: 'select_account' });
    await expect(auth.getToken()).resolves.toBe(tokenFor(EVERYDAY));
  });
});

describe('least privilege', () => {
  async function signedIn(options = {}): Promise<TokenProvider> {
    const auth = await inBrowser(options);
    await auth.getToken();
    return auth;
  }

  const requestedScopes = () =>
    [client().acquireTokenSilent, client().ssoSilent, client().acquireTokenPopup].flatMap((fn) =>
      fn.mock.calls.flatMap(([request]) => request.scopes ?? []),
    );

  it('asks only for User.Read and Sites.ReadWrite.All in everyday use', async () => {
    const auth = await signedIn();
    await auth.getToken();
    expect(new Set(requestedScopes())).toEqual(
      new Set(['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com/Sites.ReadWrite.All']),
    );
  });

  it('asks for Sites.Manage.All only in the site set-up call', async () => {
    const auth = await signedIn();
    expect(requestedScopes()).not.toContain(MANAGE);
    await auth.getToken(SITE_SETUP_SCOPES);
    expect(client().acquireTokenPopup).toHaveBeenLastCalledWith({ scopes: [MANAGE] });
  });

  it('asks for Sites.Selected instead when the organisation grants access site by site', async () => {
    await signedIn({ sitesPermission: 'Sites.Selected' });
    expect(requestedScopes()).toContain('https://graph.microsoft.com/Sites.Selected');
    expect(requestedScopes()).not.toContain('https://graph.microsoft.com/Sites.ReadWrite.All');
  });

  it("asks SharePoint itself for a token for the site's REST API", async () => {
    const auth = await signedIn();
    await expect(auth.getSharePointToken('https://contoso.sharepoint.com/sites/lapp')).resolves.toBe(
      tokenFor(['https://contoso.sharepoint.com/AllSites.Manage']),
    );
    await expect(auth.getSharePointToken('http://contoso.sharepoint.com')).rejects.toThrow('must start with https://');
  });

  it('hands getToken to the Graph store as a plain function', async () => {
    const { getToken } = await signedIn();
    await expect(getToken()).resolves.toBe(tokenFor(EVERYDAY));
  });
});
