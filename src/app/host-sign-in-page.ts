/**
 * Entry point of /auth-host.html, the sign-in window Teams opens for a client without nested app
 * authentication: it signs in with a redirect and hands the token back to the tab through Teams.
 */
// The modules themselves, not the folders' index: this page must not load React or the app.
import { runHostSignInPage } from '../auth/host-sign-in-page';
import { returnToHost } from '../teams/host-sign-in';
import { loadAppConfig } from './load-app-config';

/** A sign-in failure's code (SignInFailedError.code), told apart by shape so no more of src/auth loads. */
function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

async function run(): Promise<void> {
  try {
    const config = await loadAppConfig();
    if (config.mode !== 'tenant') throw new Error('Signing in is only needed against a Microsoft 365 tenant.');
    const answer = await runHostSignInPage(config, window.location);
    if (answer !== undefined) await returnToHost({ answer });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    document.body.textContent = reason;
    // With its code (an Entra number, say) first: the tab words the failure by it in its reader's language.
    await returnToHost({ failure: codeOf(error) ? `${codeOf(error)}: ${reason}` : reason });
  }
}

void run();
