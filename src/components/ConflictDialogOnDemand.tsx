import { lazy, Suspense } from 'react';
import { sectionById, type SectionId } from '../plan';
import type { ConflictChoice, PendingConflict } from '../lib/plan-session';
import { useClosingValue } from './use-closing-value';

// Conflicts are rare, so their dialog is not worth the first download.
const ConflictDialog = lazy(() => import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })));

/** The conflict dialog while there is a conflict, loaded when one first happens. */
export function ConflictDialogOnDemand({ conflict, onResolve }: { conflict: PendingConflict | undefined; onResolve(choice: ConflictChoice): void }) {
  const { shown, open } = useClosingValue(conflict);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <ConflictDialog conflict={shown} section={sectionById(shown.section as SectionId)} open={open} onResolve={onResolve} />
    </Suspense>
  );
}
