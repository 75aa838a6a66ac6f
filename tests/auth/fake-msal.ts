import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type PopupRequest,
  type SilentRequest,
  type SsoSilentRequest,
} from '@azure/msal-browser';

/**
 * A stand-in for MSAL's client at its public boundary, with just enough Entra behaviour to drive
 * our provider: a browser session, consented scopes, and a token cache kept where the
 * configuration says (so a wrong cacheLocation shows up in localStorage).
 */
export class FakeEntra {
  /** The person's Entra session in this browser (cookie), if they have signed in before. */
  session: AccountInfo | null = null;
  readonly consented = new Set<string>();
  /** What the next pop-up does. */
  popup: 'approve' | 'blocked' | 'cancel' = 'approve';
  /** Thrown by the next silent call instead of the normal behaviour, e.g. a network failure. */
  silentFailure: Error | null = null;
  /** Inside Teams the host is signed in already and answers for its user. */
  hostUser: AccountInfo | null = null;
  popupsOpened = 0;
}

export const ADA: AccountInfo = {
  homeAccountId: 'home-1',
  environment: 'login.microsoftonline.com',
  tenantId: 'tenant-1',
  username: 'ada.partner@council.example',
  localAccountId: 'local-1',
  name: 'Ada Partner',
};

function tokenFor(scopes: readonly string[]): string {
  return `token:${[...scopes].sort().join(' ')}`;
}

export class FakeClient {
  private readonly accounts: AccountInfo[] = [];
  private active: AccountInfo | null = null;

  readonly acquireTokenSilent = jest.fn(async (request: SilentRequest) => {
    this.failIfAsked();
    const account = request.account ?? this.entra.hostUser;
    if (!account) throw new BrowserAuthError('no_account_error', 'fake');
    return this.issue(request.scopes, account, 'consent_required');
  });

  readonly ssoSilent = jest.fn(async (request: SsoSilentRequest) => {
    this.failIfAsked();
    if (!this.entra.session) throw new InteractionRequiredAuthError('login_required', 'fake');
    return this.issue(request.scopes ?? [], this.entra.session, 'consent_required');
  });

  readonly acquireTokenPopup = jest.fn(async (request: PopupRequest) => {
    this.entra.popupsOpened += 1;
    if (this.entra.popup === 'blocked') throw new BrowserAuthError('popup_window_error', 'fake');
    if (this.entra.popup === 'cancel') throw new BrowserAuthError('user_cancelled', 'fake');
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.entra.session = this.entra.hostUser ?? ADA;
    request.scopes.forEach((scope) => this.entra.consented.add(scope));
    return this.issue(request.scopes, this.entra.session, 'consent_required');
  });

  readonly clearCache = jest.fn(async () => {
    this.accounts.length = 0;
    this.storage()?.clear();
  });

  constructor(
    readonly configuration: Configuration,
    private readonly entra: FakeEntra,
  ) {}

  getActiveAccount(): AccountInfo | null {
    return this.active;
  }

  setActiveAccount(account: AccountInfo | null): void {
    this.active = account;
  }

  getAllAccounts(): AccountInfo[] {
    return [...this.accounts];
  }

  private failIfAsked(): void {
    const failure = this.entra.silentFailure;
    this.entra.silentFailure = null;
    if (failure) throw failure;
  }

  private storage(): Storage | null {
    const location = this.configuration.cache?.cacheLocation;
    if (location === 'localStorage') return window.localStorage;
    if (location === 'sessionStorage') return window.sessionStorage;
    return null;
  }

  private issue(scopes: readonly string[], account: AccountInfo, missingConsent: string): AuthenticationResult {
    if (!scopes.every((scope) => this.entra.consented.has(scope))) {
      throw new InteractionRequiredAuthError(missingConsent, 'fake');
    }
    if (!this.accounts.some((known) => known.homeAccountId === account.homeAccountId)) this.accounts.push(account);
    const accessToken = tokenFor(scopes);
    this.storage()?.setItem(`fake-msal.accesstoken.${scopes.join(' ')}`, accessToken);
    return { accessToken, account, scopes: [...scopes] } as unknown as AuthenticationResult;
  }
}

export { tokenFor };
