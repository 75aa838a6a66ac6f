/** @jest-environment jsdom */
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { createStandardPublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import { msalConfiguration, type TenantConfig } from '../../src/auth/msal-config';

// The real MSAL, not a fake: proof that our settings keep its token cache out of localStorage.

const TENANT = '11111111-2222-4333-8444-555555555555';
const CONFIG: TenantConfig = {
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  siteId: 'contoso.sharepoint.com,1,2',
  clientId: '3c9d1e7f-2a4b-4c6d-8e0f-1a2b3c4d5e6f',
  authority: `https://login.microsoftonline.com/${TENANT}`,
};
const SCOPE = 'https://graph.microsoft.com/User.Read';
const ACCESS_TOKEN = 'access-token-that-must-not-reach-localStorage';

// Entra's discovery documents, given up front so MSAL makes no network call.
const OFFLINE_METADATA = {
  authorityMetadata: JSON.stringify({
    token_endpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
    authorization_endpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
    end_session_endpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/logout`,
    issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    jwks_uri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
  }),
  cloudDiscoveryMetadata: JSON.stringify({
    tenant_discovery_endpoint: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
  }),
};

function signInResult(): AuthenticationResult {
  const base64Url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const idTokenClaims = { oid: 'user-1', tid: TENANT, preferred_username: 'user@partner.example', name: 'A Partner', iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: CONFIG.clientId, iat: now, nbf: now, exp: now + 3600, sub: 'subject' };
  const idToken = `${base64Url({ alg: 'none' })}.${base64Url(idTokenClaims)}.signature`;
  const account = { homeAccountId: `user-1.${TENANT}`, environment: 'login.microsoftonline.com', tenantId: TENANT, username: 'user@partner.example', localAccountId: 'user-1', name: 'A Partner', idTokenClaims, idToken };
  return {
    authority: CONFIG.authority, uniqueId: 'user-1', tenantId: TENANT, scopes: [SCOPE], account, idToken, idTokenClaims,
    accessToken: ACCESS_TOKEN, fromCache: false, expiresOn: new Date((now + 3600) * 1000), extExpiresOn: new Date((now + 7200) * 1000),
    tokenType: 'Bearer', correlationId: 'test',
  } as AuthenticationResult;
}

beforeAll(() => {
  // jsdom lacks Web Crypto and the text codecs MSAL needs; Node's are the same standard APIs.
  Object.defineProperty(window, 'crypto', { value: webcrypto, configurable: true });
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

it('MSAL, configured as the tab configures it, caches tokens in sessionStorage and never in localStorage', async () => {
  const fetchSpy = jest.fn().mockRejectedValue(new Error('no network in this test'));
  Object.assign(window, { fetch: fetchSpy });
  const settings = msalConfiguration(CONFIG, 'https://lapp.contoso.example');
  const pca = await createStandardPublicClientApplication({ ...settings, auth: { ...settings.auth, ...OFFLINE_METADATA } });
  const result = signInResult();
  await pca.hydrateCache(result, { scopes: [SCOPE], account: result.account });

  const again = await pca.acquireTokenSilent({ scopes: [SCOPE], account: pca.getAllAccounts()[0]! });

  expect(again).toMatchObject({ accessToken: ACCESS_TOKEN, fromCache: true });
  expect(fetchSpy).not.toHaveBeenCalled();
  expect(window.localStorage.length).toBe(0);
  expect(JSON.stringify({ ...window.sessionStorage })).toContain(ACCESS_TOKEN);
});
