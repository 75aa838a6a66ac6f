import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** The kinds of nudge the plan service sends (the service's NOTIFICATION_KINDS, as it reports them). */
export type NudgeKind = 'actionAssigned' | 'signatureRequested' | 'concernRaised';

/** A nudge Teams could not deliver, kept by the service until its person says they have seen it. */
export interface DigestNudge {
  /** What the service knows it by, to be told it was seen. */
  readonly id: string;
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
  /** The nudges kept for this person; reading them changes nothing. */
  readDigest(): Promise<readonly DigestNudge[]>;
  /** Says these were seen, so the service forgets them (on every device); unknown ids are ignored. */
  markDigestSeen(ids: readonly string[]): Promise<void>;
}

interface NudgesValue {
  readonly nudges: Nudges | undefined;
  /** The digest as last read, less what this person dismissed here. */
  readonly digest: readonly DigestNudge[];
  dismissDigest(ids: readonly string[]): void;
}

const NudgesContext = createContext<NudgesValue>({ nudges: undefined, digest: [], dismissDigest: () => undefined });

/**
 * Gives features the notifications API, and reads this person's digest as the app opens and
 * whenever the page is shown again (so an item dismissed on their other device goes here too).
 * Reading changes nothing: a page closed before the digest shows loses none of it. Dismissing
 * tells the service by id, so a nudge kept since the read is not dismissed with the others.
 */
export function NudgesProvider({ nudges, children }: { nudges: Nudges | undefined; children: ReactNode }) {
  const [digest, setDigest] = useState<readonly DigestNudge[]>([]);
  // Dismissed on this page: hidden even if a read answered before the service heard of it.
  const dismissed = useRef(new Set<string>());
  useEffect(() => {
    let live = true;
    setDigest([]);
    if (!nudges) return undefined;
    // A digest that cannot be read now stays kept by the service for the next read.
    const read = () => nudges.readDigest().then((kept) => live && setDigest(kept.filter((n) => !dismissed.current.has(n.id))), () => undefined);
    const onShown = () => document.visibilityState === 'visible' && void read();
    void read();
    document.addEventListener('visibilitychange', onShown);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onShown);
    };
  }, [nudges]);
  const dismissDigest = useCallback(
    (ids: readonly string[]) => {
      for (const id of ids) dismissed.current.add(id);
      setDigest((now) => now.filter((n) => !ids.includes(n.id)));
      // Not heard by the service (offline): the items show again on the next visit, never lost.
      nudges?.markDigestSeen(ids).catch(() => undefined);
    },
    [nudges],
  );
  const value = useMemo(() => ({ nudges, digest, dismissDigest }), [nudges, digest, dismissDigest]);
  return <NudgesContext.Provider value={value}>{children}</NudgesContext.Provider>;
}

/** The notifications API; undefined where there is no plan service (tests, a bare store). */
export function useNudges(): Nudges | undefined {
  return useContext(NudgesContext).nudges;
}

/** The nudges Teams could not deliver to this person, and a way to put some or all away. */
export function useDigest(): { readonly digest: readonly DigestNudge[]; dismiss(ids: readonly string[]): void } {
  const { digest, dismissDigest } = useContext(NudgesContext);
  return { digest, dismiss: dismissDigest };
}
