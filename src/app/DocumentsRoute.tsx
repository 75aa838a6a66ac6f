import { DocumentsPage } from '../features/documents';
import { useCurrentPlan } from '../lib/plan-context';
import { useDocumentLibrary, useStore } from '../lib/store-context';

/** The documents page for the plan on screen: imports reload the plan when they have written rows. */
export function DocumentsRoute() {
  const store = useStore();
  const library = useDocumentLibrary();
  const { plan, refresh } = useCurrentPlan();
  return <DocumentsPage store={store} {...(library && { library })} plan={plan} onImported={() => void refresh()} />;
}
