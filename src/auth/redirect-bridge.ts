/**
 * Entry point of /auth-redirect.html, the page the sign-in pop-up lands on: it passes Entra's
 * answer back to the tab that opened the pop-up. Kept to this one import so the page loads fast
 * and never boots the app (or MSAL's client) inside the pop-up. Serve it without a
 * Cross-Origin-Opener-Policy header, which would cut the pop-up off from the tab.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  document.body.textContent = 'Sign-in could not finish. Close this window and try again.';
});
