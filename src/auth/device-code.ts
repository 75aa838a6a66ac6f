import { InteractionRequiredAuthError, PublicClientApplication, type AccountInfo } from '@azure/msal-node';
import { SITE_SETUP_SCOPES } from './scopes';
import { signInFailure } from './sign-in-errors';

/**
 * Sign-in for the `lapp` CLI (e.g. `lapp provision --site <url>`), which runs where no browser can
 * open: the device-code flow prints a code to type in at microsoft.com/devicelogin on any device.
 * Tokens stay in this process's memory and die with it.
 */
export interface DeviceCodeOptions {
  /** Entra application (client) ID; the registration must allow public client flows. */
  readonly clientId: string;
  /** https://login.microsoftonline.com/<tenant of the site> */
  readonly authority: string;
  /** Scopes when getToken is called without any; default: what site set-up needs. */
  readonly defaultScopes?: readonly string[];
  /**
   * Tells the person the code and where to enter it, in their language: Entra's own instructions
   * come only in English, so the caller words them (on stderr, keeping stdout for the output).
   */
  readonly onCode: (code: DeviceCode) => void;
}

/** What the person needs to sign in on another device. */
export interface DeviceCode {
  readonly userCode: string;
  /** Where to enter it, e.g. https://microsoft.com/devicelogin. */
  readonly verificationUri: string;
}

export interface DeviceCodeSignIn {
  getToken(scopes?: readonly string[]): Promise<string>;
}

/** A CLI token source: silent once signed in, a device-code prompt when Entra needs the person. */
export function createDeviceCodeSignIn(options: DeviceCodeOptions): DeviceCodeSignIn {
  const pca = new PublicClientApplication({ auth: { clientId: options.clientId, authority: options.authority } });
  let account: AccountInfo | null = null;

  const withDeviceCode = async (scopes: string[]): Promise<string> => {
    const result = await pca.acquireTokenByDeviceCode({
      scopes,
      deviceCodeCallback: ({ userCode, verificationUri }) => options.onCode({ userCode, verificationUri }),
    });
    if (!result?.accessToken) throw signInFailure({ errorCode: 'empty_access_token' });
    account = result.account;
    return result.accessToken;
  };

  return {
    async getToken(scopes = options.defaultScopes ?? SITE_SETUP_SCOPES) {
      const wanted = [...scopes];
      try {
        if (account) {
          try {
            return (await pca.acquireTokenSilent({ account, scopes: wanted })).accessToken;
          } catch (error) {
            if (!(error instanceof InteractionRequiredAuthError)) throw error;
          }
        }
        return await withDeviceCode(wanted);
      } catch (error) {
        throw signInFailure(error);
      }
    },
  };
}
