import { lazy, Suspense } from 'react';
import type { SectionDef } from '../../plan';
import type { RowDialog } from './RowDialogs';

// Dialogs and their generated forms load when first needed (prefetched when the browser is idle),
// which keeps them out of the first download.
const RowDialogs = lazy(() => import(/* webpackPrefetch: true */ './RowDialogs').then((m) => ({ default: m.RowDialogs })));

/** The section's row dialogs, loaded on demand. */
export function RowDialogsOnDemand(props: { section: SectionDef; dialog: RowDialog | undefined; onClose(): void }) {
  if (!props.dialog) return null;
  return (
    <Suspense fallback={null}>
      <RowDialogs {...props} />
    </Suspense>
  );
}
