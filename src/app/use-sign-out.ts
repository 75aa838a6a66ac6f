import { useMemo, useState } from 'react';
import type { AppStorage } from './create-store';
import type { SignOutAction } from './sign-out-context';

export type SignOutPhase =
  | { readonly step: 'signed-in' }
  | { readonly step: 'signing-out' }
  | { readonly step: 'signed-out' }
  | { readonly step: 'failed'; readonly reason: string };

/**
 * Signing out for a person whose sign-in the app owns (`endSignIn`: tenant mode outside Teams).
 * The plans kept on the device hold names, emails and phone numbers, and waiting changes hold
 * what the person typed: both go with the sign-in, so nothing of theirs stays on a shared computer.
 */
export function useSignOut(
  storage: AppStorage | undefined,
  endSignIn: (() => Promise<void>) | undefined,
): { phase: SignOutPhase; action: SignOutAction | undefined } {
  const [phase, setPhase] = useState<SignOutPhase>({ step: 'signed-in' });
  const action = useMemo<SignOutAction | undefined>(() => {
    if (!storage || !endSignIn) return undefined;
    let started = false;
    const signOut = async () => {
      const forgetting = await storage.forget().then(
        () => undefined,
        (error: unknown) => error,
      );
      // Even when the device's data could not be deleted, the sign-in still ends.
      await endSignIn();
      if (forgetting) throw forgetting;
    };
    return {
      async unsentChanges() {
        // Changes kept from an earlier visit count too: wait until they are loaded.
        await storage.outbox.ready().catch(() => undefined);
        return storage.outbox.pending().length;
      },
      signOut() {
        // A second click while the first is under way changes nothing.
        if (started) return;
        started = true;
        setPhase({ step: 'signing-out' });
        signOut().then(
          () => setPhase({ step: 'signed-out' }),
          (error: unknown) => setPhase({ step: 'failed', reason: error instanceof Error ? error.message : String(error) }),
        );
      },
    };
  }, [storage, endSignIn]);
  return { phase, action };
}
