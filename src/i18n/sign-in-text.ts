import type { SignInFailedError, SignInRequiredError } from '../auth/sign-in-errors';
import type { CoreTranslate, MessageKey } from './catalogue';
import type { ProblemText } from './problem-text';

const REQUIRED = {
  'popup-blocked': 'signIn.popupBlocked',
  cancelled: 'signIn.cancelled',
  'signed-out': 'signIn.signedOut',
} as const satisfies Record<SignInRequiredError['reason'], MessageKey>;

/** The Entra error numbers (AADSTS…) src/auth words for people, each with its catalogue sentence. */
const ENTRA: Readonly<Record<string, MessageKey>> = {
  AADSTS50020: 'signIn.notInOrganisation',
  AADSTS65001: 'signIn.notApproved',
  AADSTS90094: 'signIn.notApproved',
  AADSTS50105: 'signIn.notAssigned',
  AADSTS53003: 'signIn.policyBlocked',
  AADSTS700016: 'signIn.notRegistered',
};

/**
 * Why sign-in did not finish, in the reader's language. src/auth's errors say it in English for
 * the CLI and the host; the browser words them by their reason or code. Told apart by name, so
 * this needs none of src/auth's code in the first download.
 */
export function signInErrorText(t: CoreTranslate, error: unknown): ProblemText {
  if (error instanceof Error && error.name === 'SignInRequiredError') {
    const { reason } = error as SignInRequiredError;
    if (Object.hasOwn(REQUIRED, reason)) return { sentence: t(REQUIRED[reason]), details: [] };
  }
  if (error instanceof Error && error.name === 'SignInFailedError') {
    const { code, network } = error as SignInFailedError;
    if (Object.hasOwn(ENTRA, code)) return { sentence: t(ENTRA[code] as 'signIn.cancelled'), details: [] };
    if (network) return { sentence: t('signIn.network'), details: [] };
    return { sentence: t('signIn.failed', { code }), details: [] };
  }
  return { sentence: t('app.cannotStartWhy'), details: [], english: error instanceof Error ? error.message : String(error) };
}
