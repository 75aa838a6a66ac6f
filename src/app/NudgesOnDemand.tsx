import { lazy, Suspense } from 'react';
import { useDigest } from '../lib/nudges-context';

// The settings dialog and the digest are rarely opened; they load when first drawn, not with the page.
const NudgeSettingsButton = lazy(() => import('../features/nudges').then((m) => ({ default: m.NudgeSettingsButton })));
const NudgeDigest = lazy(() => import('../features/nudges').then((m) => ({ default: m.NudgeDigest })));

/** The top bar's "Notifications" button, loaded just after the page. */
export function NudgeSettingsButtonOnDemand() {
  return (
    <Suspense fallback={null}>
      <NudgeSettingsButton />
    </Suspense>
  );
}

/** The digest of undelivered nudges: nothing is loaded while there is none. */
export function NudgeDigestOnDemand() {
  const { digest } = useDigest();
  if (digest.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <NudgeDigest />
    </Suspense>
  );
}
