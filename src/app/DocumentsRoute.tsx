import { DocumentsPage } from '../features/documents';
import { useCurrentPlan } from '../lib/plan-context';
import { useStore } from '../lib/store-context';

/** The documents page for the plan on screen: imports reload the plan when they have written rows. */
export function DocumentsRoute() {
  const store = useStore();
  const { plan, refresh } = useCurrentPlan();
  return <DocumentsPage store={store} plan={plan} onImported={() => void refresh()} />;
}
