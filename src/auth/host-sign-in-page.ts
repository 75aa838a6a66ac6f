import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { HOST_SIGN_IN_PATH, hostWindowAnswer } from './host-window';
import { msalConfiguration, type TenantConfig } from './msal-config';

/**
 * The sign-in window Teams opens for `authentication.authenticate()` (see host-window.ts): first
 * visit, it sends the person to Entra with the scopes the tab asked for; back from Entra, it
 * resolves with the answer for the tab. Undefined means the page is on its way to Entra.
 */
export async function runHostSignInPage(config: TenantConfig, location: Pick<Location, 'origin' | 'search'>): Promise<string | undefined> {
  const redirectUri = `${location.origin}${HOST_SIGN_IN_PATH}`;
  const base = msalConfiguration(config, location.origin);
  const pca = await createStandardPublicClientApplication({ ...base, auth: { ...base.auth, redirectUri } });
  const result = await pca.handleRedirectPromise();
  if (result) return hostWindowAnswer(result);
  const scopes = (new URLSearchParams(location.search).get('scopes') ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0) throw new Error('This sign-in window was opened without the permissions to ask for.');
  await pca.acquireTokenRedirect({ scopes, redirectUri });
  return undefined;
}
