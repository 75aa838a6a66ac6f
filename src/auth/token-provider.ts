import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  PublicClientApplication,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { hostWindowTokens, type HostSignInWindow } from './host-window';
import { msalConfiguration, type TenantConfig } from './msal-config';
import { dailyGraphScopes, sharePointScopes, type SitesPermission } from './scopes';
import { SignInRequiredError, signInFailure } from './sign-in-errors';

/** Who is signed in, without the token details. */
export interface SignedInAccount {
  readonly name: string;
  readonly username: string;
  readonly tenantId: string;
}

/** The one place the app gets access tokens from (tenant mode only; local mode signs in to nothing). */
export interface TokenProvider {
  /** A Graph token: silent when possible, a pop-up only when Entra needs the person. Default scopes: everyday use. */
  getToken(scopes?: readonly string[]): Promise<string>;
  /** A token for SharePoint REST on the given site origin, e.g. https://contoso.sharepoint.com. */
  getSharePointToken(origin: string): Promise<string>;
  /** Signs in with a pop-up; call it from a click so the browser lets the pop-up open. */
  signIn(): Promise<SignedInAccount>;
  account(): SignedInAccount | null;
  /** False inside Teams, whose own sign-in the app borrows: there is nothing of ours to sign out of. */
  readonly canSignOut: boolean;
  signOut(): Promise<void>;
}

export interface TokenProviderOptions {
  /** The tab runs inside a Teams host; create the provider after `app.initialize()` has resolved. */
  readonly isInTeams: boolean;
  readonly sitesPermission?: SitesPermission;
  /** The tab's origin; defaults to the current page's. */
  readonly origin?: string;
  /**
   * Inside Teams: opens the host's sign-in window (teams-js `authentication.authenticate()`), used
   * when the client offers no nested app authentication, where MSAL's pop-up cannot open.
   */
  readonly hostSignIn?: HostSignInWindow;
}

const NEEDS_PERSON = new Set<string>([BrowserAuthErrorCodes.noAccountError, BrowserAuthErrorCodes.timedOut]);
const POPUP_BLOCKED = new Set<string>([BrowserAuthErrorCodes.popupWindowError, BrowserAuthErrorCodes.emptyWindowError]);

/** Silent sign-in cannot succeed without the person (consent, MFA, no session, third-party cookies off). */
function needsInteraction(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError || (error instanceof BrowserAuthError && NEEDS_PERSON.has(error.errorCode));
}

function interactiveFailure(error: unknown): Error {
  if (error instanceof BrowserAuthError && POPUP_BLOCKED.has(error.errorCode)) {
    return new SignInRequiredError('popup-blocked', { cause: error });
  }
  if (error instanceof BrowserAuthError && error.errorCode === BrowserAuthErrorCodes.userCancelled) {
    return new SignInRequiredError('cancelled', { cause: error });
  }
  return signInFailure(error);
}

function toSignedIn(account: AccountInfo): SignedInAccount {
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId };
}

async function createClient(config: TenantConfig, options: TokenProviderOptions): Promise<{ pca: IPublicClientApplication; nested: boolean }> {
  const configuration = msalConfiguration(config, options.origin ?? window.location.origin);
  try {
    if (!options.isInTeams) return { pca: await createStandardPublicClientApplication(configuration), nested: false };
    // MSAL calls the factory only when the host offers nested app auth; otherwise it falls back to
    // a standard client (pop-ups), e.g. in a Teams client that predates NAA.
    let nested = false;
    const pca = await createNestablePublicClientApplication(configuration, undefined, (settings, controller) => {
      nested = true;
      return new PublicClientApplication(settings, controller);
    });
    return { pca, nested };
  } catch (error) {
    throw signInFailure(error);
  }
}

/** Creates the token provider; inside Teams call it only after teams-js `app.initialize()`. */
export async function createTokenProvider(config: TenantConfig, options: TokenProviderOptions): Promise<TokenProvider> {
  const { pca, nested } = await createClient(config, options);
  const viaHost =
    options.isInTeams && !nested && options.hostSignIn ? hostWindowTokens(options.hostSignIn, options.origin ?? window.location.origin) : undefined;
  const everyday = dailyGraphScopes(options.sitesPermission);
  let popupInFlight: Promise<unknown> | null = null;
  let signedOut = false;

  const currentAccount = (): AccountInfo | null => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

  const silently = (scopes: string[]): Promise<AuthenticationResult> => {
    const account = currentAccount();
    // Inside Teams the host knows who is signed in, so no account is needed to ask it.
    if (account || nested) return pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
    return pca.ssoSilent({ scopes });
  };

  const withPopup = async (scopes: string[], prompt?: string): Promise<AuthenticationResult> => {
    const popup = pca.acquireTokenPopup({ scopes, ...(prompt ? { prompt } : {}) });
    popupInFlight = popup;
    try {
      return await popup;
    } catch (error) {
      throw interactiveFailure(error);
    } finally {
      popupInFlight = null;
    }
  };

  const remember = (result: AuthenticationResult): string => {
    if (!result.accessToken) throw signInFailure({ errorCode: 'empty_access_token' });
    if (result.account) pca.setActiveAccount(result.account);
    return result.accessToken;
  };

  const acquire = async (scopes: string[]): Promise<string> => {
    if (signedOut) throw new SignInRequiredError('signed-out');
    const kept = viaHost?.cached(scopes);
    if (kept) return kept;
    try {
      return remember(await silently(scopes));
    } catch (error) {
      if (!needsInteraction(error)) throw signInFailure(error);
    }
    if (popupInFlight) {
      // One pop-up at a time: wait for the open one, whose sign-in may well serve this call too.
      await popupInFlight.catch(() => undefined);
      return acquire(scopes);
    }
    if (viaHost) {
      // One sign-in window at a time, as with pop-ups.
      const signIn = viaHost.signIn(scopes);
      popupInFlight = signIn;
      try {
        return (await signIn).accessToken;
      } finally {
        popupInFlight = null;
      }
    }
    return remember(await withPopup(scopes));
  };

  return {
    getToken: (scopes = everyday) => acquire([...scopes]),
    getSharePointToken: async (origin) => acquire([...sharePointScopes(origin)]),
    async signIn() {
      // MSAL allows one interaction at a time; let a pop-up a token request opened finish first.
      if (popupInFlight) await popupInFlight.catch(() => undefined);
      if (viaHost) {
        signedOut = false;
        return (await viaHost.signIn(everyday)).account;
      }
      const result = await withPopup([...everyday], signedOut ? 'select_account' : undefined);
      signedOut = false;
      remember(result);
      return toSignedIn(result.account);
    },
    account() {
      const account = currentAccount();
      return account ? toSignedIn(account) : (viaHost?.account() ?? null);
    },
    canSignOut: !nested,
    async signOut() {
      if (nested) throw new Error('Inside Teams you are signed in with your Teams account; sign out of Teams instead.');
      const account = currentAccount();
      signedOut = true;
      pca.setActiveAccount(null);
      await pca.clearCache(account ? { account } : undefined);
    },
  };
}
