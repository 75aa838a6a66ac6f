import { createContext, useContext } from 'react';

/** Signing out of this browser, offered only where the app has a sign-in of its own. */
export interface SignOutAction {
  /** How many of this person's changes have not reached SharePoint: waiting, being sent, in conflict or failed. */
  unsentChanges(): Promise<number>;
  /** Stops sending, deletes what this device keeps for the person, then ends the sign-in. */
  signOut(): void;
}

export const SignOutContext = createContext<SignOutAction | undefined>(undefined);

/** The sign-out action, or undefined in local mode and inside Teams (Teams owns the sign-in there). */
export function useSignOutAction(): SignOutAction | undefined {
  return useContext(SignOutContext);
}
