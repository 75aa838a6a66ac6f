import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The kinds of nudge the plan service sends (the service's NOTIFICATION_KINDS, as it reports them). */
export type NudgeKind = 'actionAssigned' | 'signatureRequested' | 'concernRaised';

/** A nudge Teams could not deliver, kept by the service until its person next opens the tab. */
export interface DigestNudge {
  readonly kind: NudgeKind;
  readonly planId: string;
  readonly section: string;
  readonly rowKey: string;
  readonly about: string;
  readonly by: { readonly email: string; readonly displayName: string };
}

/** The signed-in person's side of the plan service's notifications. */
export interface Nudges {
  /** The plan's CEM asks its ACLM and CLM to sign; resolves to how many were asked. */
  askToSign(planId: string): Promise<number>;
  /** Every kind, and those this person has turned off. */
  settings(): Promise<{ readonly kinds: readonly NudgeKind[]; readonly off: readonly NudgeKind[] }>;
  /** Replaces the kinds this person has turned off; resolves to what the service kept. */
  saveSettings(off: readonly NudgeKind[]): Promise<readonly NudgeKind[]>;
  /** Hands over (and so empties) the nudges kept for this person. */
  takeDigest(): Promise<readonly DigestNudge[]>;
}

interface NudgesValue {
  readonly nudges: Nudges | undefined;
  /** The digest taken when the app opened, until its person dismisses it. */
  readonly digest: readonly DigestNudge[];
  dismissDigest(): void;
}

const NudgesContext = createContext<NudgesValue>({ nudges: undefined, digest: [], dismissDigest: () => undefined });

/**
 * Gives features the notifications API, and takes this person's digest once as the app opens
 * (taking empties it, so it is held here for the whole visit, whatever page shows it).
 */
export function NudgesProvider({ nudges, children }: { nudges: Nudges | undefined; children: ReactNode }) {
  const [digest, setDigest] = useState<readonly DigestNudge[]>([]);
  useEffect(() => {
    let live = true;
    setDigest([]);
    // A digest that cannot be read now stays kept by the service for the next visit.
    nudges?.takeDigest().then((kept) => live && setDigest(kept), () => undefined);
    return () => {
      live = false;
    };
  }, [nudges]);
  const dismissDigest = useCallback(() => setDigest([]), []);
  const value = useMemo(() => ({ nudges, digest, dismissDigest }), [nudges, digest, dismissDigest]);
  return <NudgesContext.Provider value={value}>{children}</NudgesContext.Provider>;
}

/** The notifications API; undefined where there is no plan service (tests, a bare store). */
export function useNudges(): Nudges | undefined {
  return useContext(NudgesContext).nudges;
}

/** The nudges Teams could not deliver to this person, and a way to put them away. */
export function useDigest(): { readonly digest: readonly DigestNudge[]; dismiss(): void } {
  const { digest, dismissDigest } = useContext(NudgesContext);
  return { digest, dismiss: dismissDigest };
}
