import { createContext, useContext, type ReactNode } from 'react';

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

const NudgesContext = createContext<Nudges | undefined>(undefined);

export function NudgesProvider({ nudges, children }: { nudges: Nudges | undefined; children: ReactNode }) {
  return <NudgesContext.Provider value={nudges}>{children}</NudgesContext.Provider>;
}

/** The notifications API; undefined where there is no plan service (tests, a bare store). */
export function useNudges(): Nudges | undefined {
  return useContext(NudgesContext);
}
