import { lazy, Suspense } from 'react';
import { useLocalDemo } from './local-demo-context';

// Only the local demo has a switcher: a tenant's tab never downloads it.
const LocalDemoSwitcher = lazy(() => import('./LocalDemoSwitcher').then((m) => ({ default: m.LocalDemoSwitcher })));

/** "Signed in as …" in local mode; nothing with a tenant. */
export function LocalDemoSwitcherOnDemand() {
  if (!useLocalDemo()) return null;
  return (
    <Suspense fallback={null}>
      <LocalDemoSwitcher />
    </Suspense>
  );
}
