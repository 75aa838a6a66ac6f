import { lazy, Suspense } from 'react';
import type { SectionDef } from '../../plan';
import { useClosingValue } from '../../components/use-closing-value';
import type { RowDialog } from './RowDialogs';

// Dialogs and their generated forms load when first needed (prefetched when the browser is idle),
// which keeps them out of the first download.
const RowDialogs = lazy(() => import(/* webpackPrefetch: true */ './RowDialogs').then((m) => ({ default: m.RowDialogs })));

/** The section's row dialogs, loaded on demand and closed through their open state. */
export function RowDialogsOnDemand({ section, dialog, onClose }: { section: SectionDef; dialog: RowDialog | undefined; onClose(): void }) {
  const { shown, open } = useClosingValue(dialog);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <RowDialogs section={section} dialog={shown} open={open} onClose={onClose} />
    </Suspense>
  );
}
