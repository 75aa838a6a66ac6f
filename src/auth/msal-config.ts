import { BrowserCacheLocation, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from '../config/app-config';

export type TenantConfig = Extract<AppConfig, { mode: 'tenant' }>;

/**
 * The page that receives the sign-in pop-up's answer. MSAL 5 hands the answer back through a
 * small bridge page (see redirect-bridge.ts) rather than by reading the pop-up's address; it is
 * registered in Entra as the SPA redirect URI `https://<tab domain>/auth-redirect.html`.
 */
export const REDIRECT_BRIDGE_PATH = '/auth-redirect.html';

/** MSAL settings for the tab, given the page's origin (e.g. https://lapp.contoso.example). */
export function msalConfiguration(config: TenantConfig, origin: string): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      // The tenant that holds the site: partners from another organisation sign in there as guests.
      authority: config.authority,
      redirectUri: `${origin}${REDIRECT_BRIDGE_PATH}`,
    },
    // Session storage: tokens last as long as the tab, are not left behind on a shared council PC
    // and never touch localStorage.
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  };
}
