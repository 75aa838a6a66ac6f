import { lazy, Suspense, type ComponentProps } from 'react';

const ConflictDialog = lazy(() => import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })));

/** The conflict dialog, loaded only when a conflict happens (rare, so not worth the first download). */
export function ConflictDialogOnDemand(props: ComponentProps<typeof ConflictDialog>) {
  return (
    <Suspense fallback={null}>
      <ConflictDialog {...props} />
    </Suspense>
  );
}
