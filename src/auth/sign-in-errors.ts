/**
 * Sign-in failures as the app shows them. MSAL's own messages are for developers and can quote the
 * user's account name, so we keep them only as `cause` and say what to do in words of our own.
 */

export type SignInRequiredReason = 'popup-blocked' | 'cancelled' | 'signed-out';

/** Sign-in needs the person to act: show a "Sign in" button that calls `signIn()`. */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
  constructor(
    readonly reason: SignInRequiredReason,
    options?: { cause?: unknown },
  ) {
    super(REQUIRED_MESSAGES[reason], options);
  }
}

/** Sign-in failed for a reason the person cannot fix by trying again; `code` is for support. */
export class SignInFailedError extends Error {
  override readonly name = 'SignInFailedError';
  /** The network failed, not the sign-in: worth trying again once connected. */
  readonly network: boolean;
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown; network?: boolean },
  ) {
    super(message, options);
    this.network = options?.network ?? false;
  }
}

const REQUIRED_MESSAGES: Record<SignInRequiredReason, string> = {
  'popup-blocked':
    'Signing in needs a pop-up window and the browser blocked it. Select "Sign in" to try again, or allow pop-ups for this site.',
  cancelled: 'Sign-in was cancelled. Select "Sign in" to continue.',
  'signed-out': 'You are signed out. Select "Sign in" to continue.',
};

// Entra error numbers (AADSTS…) a partner organisation's user is likely to meet, in plain words.
const ENTRA_MESSAGES: Readonly<Record<string, string>> = {
  '50020':
    "Your account is not a member or guest of the organisation that holds this plan. Ask the plan's owner to invite you as a guest, then sign in again.",
  '65001': 'LAPP has not been approved in this organisation yet. Ask a Microsoft 365 administrator to grant it consent.',
  '90094': 'LAPP has not been approved in this organisation yet. Ask a Microsoft 365 administrator to grant it consent.',
  '50105': 'Your organisation has not given you access to LAPP. Ask your Microsoft 365 administrator to assign it to you.',
  '53003': "Your organisation's sign-in policy blocked access to LAPP from here. Ask your Microsoft 365 administrator.",
  '700016': "LAPP's sign-in registration was not found in this organisation. Ask your administrator to check the app's client ID.",
};

const NETWORK_CODES = new Set(['no_network_connectivity', 'post_request_failed', 'get_request_failed', 'endpoints_resolution_error']);

interface MsalLikeError {
  readonly errorCode?: unknown;
  readonly errorMessage?: unknown;
}

/** The error an MSAL failure becomes for the person using the app (browser or CLI). */
export function signInFailure(error: unknown): SignInFailedError {
  if (error instanceof SignInFailedError) return error;
  const { errorCode, errorMessage } = (typeof error === 'object' && error !== null ? error : {}) as MsalLikeError;
  const code = typeof errorCode === 'string' && errorCode ? errorCode : 'unknown_error';
  const entraNumber = typeof errorMessage === 'string' ? /AADSTS(\d+)/.exec(errorMessage)?.[1] : undefined;
  const known = entraNumber ? ENTRA_MESSAGES[entraNumber] : undefined;
  if (known) return new SignInFailedError(known, `AADSTS${entraNumber}`, { cause: error });
  if (NETWORK_CODES.has(code)) {
    return new SignInFailedError(
      "Could not reach Microsoft's sign-in service. Check your connection and try again.",
      code,
      { cause: error, network: true },
    );
  }
  const shownCode = entraNumber ? `AADSTS${entraNumber}` : code;
  return new SignInFailedError(
    `Signing in to Microsoft 365 failed (${shownCode}). Try again; if it keeps happening, give this code to your administrator.`,
    shownCode,
    { cause: error },
  );
}
