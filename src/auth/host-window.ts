import type { AuthenticationResult } from '@azure/msal-browser';
import { SignInRequiredError, signInFailure } from './sign-in-errors';

/**
 * Signing in through the host's own window: where a Teams client offers no nested app
 * authentication (older desktop and mobile clients), MSAL's pop-up cannot open inside Teams, so the
 * tab asks Teams to open `HOST_SIGN_IN_PATH` (teams-js `authentication.authenticate()`). That page
 * signs in with a redirect and hands the token back as text; the tab keeps it in memory, per set
 * of scopes, until shortly before it expires.
 */
export const HOST_SIGN_IN_PATH = '/auth-host.html';

/** Opens the host's sign-in window at `url` and resolves with what the page handed back. */
export type HostSignInWindow = (url: string) => Promise<string>;

export interface HostWindowToken {
  readonly accessToken: string;
  /** Milliseconds since 1970. */
  readonly expiresOn: number;
  readonly account: { readonly name: string; readonly username: string; readonly tenantId: string };
}

/** What the sign-in page hands back: the token, its expiry and who signed in, never the ID token. */
export function hostWindowAnswer(result: AuthenticationResult): string {
  const answer: HostWindowToken = {
    accessToken: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 60 * 60_000,
    account: { name: result.account.name || result.account.username, username: result.account.username, tenantId: result.account.tenantId },
  };
  return JSON.stringify(answer);
}

/** Reads the page's answer; anything else is a failed sign-in with its own code. */
export function parseHostWindowAnswer(text: string): HostWindowToken {
  try {
    const value = JSON.parse(text) as Partial<HostWindowToken>;
    const account = value.account;
    if (typeof value.accessToken === 'string' && value.accessToken && typeof value.expiresOn === 'number' && account && typeof account.username === 'string') {
      return { accessToken: value.accessToken, expiresOn: value.expiresOn, account: { name: String(account.name ?? account.username), username: account.username, tenantId: String(account.tenantId ?? '') } };
    }
  } catch {
    // falls through to the failure below
  }
  throw signInFailure({ errorCode: 'host_sign_in_answer' });
}

// A token this close to expiry is not handed out: the request it goes with may outlive it.
const EXPIRY_MARGIN_MS = 5 * 60_000;

export function hostWindowTokens(open: HostSignInWindow, origin: string, now: () => number = Date.now) {
  const byScopes = new Map<string, HostWindowToken>();
  let latest: HostWindowToken['account'] | null = null;
  const keyOf = (scopes: readonly string[]) => [...scopes].sort().join(' ');
  return {
    cached(scopes: readonly string[]): string | undefined {
      const token = byScopes.get(keyOf(scopes));
      return token && token.expiresOn - EXPIRY_MARGIN_MS > now() ? token.accessToken : undefined;
    },
    async signIn(scopes: readonly string[]): Promise<HostWindowToken> {
      let text: string;
      try {
        text = await open(`${origin}${HOST_SIGN_IN_PATH}?scopes=${encodeURIComponent(scopes.join(' '))}`);
      } catch (error) {
        // Teams rejects with "CancelledByUser" when the person closes the window.
        if (/cancel/i.test(error instanceof Error ? error.message : String(error))) throw new SignInRequiredError('cancelled', { cause: error });
        throw signInFailure({ errorCode: 'host_sign_in_failed', errorMessage: error instanceof Error ? error.message : String(error) });
      }
      const token = parseHostWindowAnswer(text);
      byScopes.set(keyOf(scopes), token);
      latest = token.account;
      return token;
    },
    account: () => latest,
  };
}
