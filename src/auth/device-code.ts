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
  /** Where the sign-in instructions go: stderr, so stdout stays clean for the command's output. */
  readonly prompt?: { write(text: string): unknown };
}

export interface DeviceCodeSignIn {
  getToken(scopes?: readonly string[]): Promise<string>;
}

/** A CLI token source: silent once signed in, a device-code prompt when Entra needs the person. */
export function createDeviceCodeSignIn(options: DeviceCodeOptions): DeviceCodeSignIn {
  const pca = new PublicClientApplication({ auth: { clientId: options.clientId, authority: options.authority } });
  const prompt = options.prompt ?? process.stderr;
  let account: AccountInfo | null = null;

  const withDeviceCode = async (scopes: string[]): Promise<string> => {
    const result = await pca.acquireTokenByDeviceCode({
      scopes,
      deviceCodeCallback: (response) => prompt.write(`${response.message}\n`),
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
