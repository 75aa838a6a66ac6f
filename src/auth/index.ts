/**
 * Sign-in for the tab: the only door to @azure/msal-browser. Load it lazily (`await import('../auth')`)
 * in tenant mode only, so local mode never downloads MSAL. The CLI imports `./device-code`
 * directly, which keeps @azure/msal-node out of the browser bundle.
 */
export { createTokenProvider, type SignedInAccount, type TokenProvider, type TokenProviderOptions } from './token-provider';
export { SignInFailedError, SignInRequiredError, type SignInRequiredReason } from './sign-in-errors';
export { DEFAULT_SITES_PERMISSION, SITE_SETUP_SCOPES, dailyGraphScopes, serviceScope, type SitesPermission } from './scopes';
export { REDIRECT_BRIDGE_PATH, type TenantConfig } from './msal-config';
export { HOST_SIGN_IN_PATH, type HostSignInWindow } from './host-window';
export { runHostSignInPage } from './host-sign-in-page';
