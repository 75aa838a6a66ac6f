import { lazy, Suspense } from 'react';
import { OpenPlan, PlanProblem, PlanSkeleton } from '../components/OpenPlan';
import { useMessages } from '../i18n';
import { surfaceUrl } from '../lib/links';
import { HashRouter, useNavigation } from '../lib/navigation';
import { matchRoute, pathFor } from '../lib/routes';
import { useHost } from '../teams';
import { viewFor } from './route-views';
import { TabShell } from './TabShell';

// Following the plan live starts once the page is drawn; it is not needed to draw it.
const FollowPlan = lazy(() => import('../lib/live/follow-plan').then((m) => ({ default: m.FollowPlan })));

/** One plan, shown in the tab's frame at the route in the hash. */
function PlanTab({ planId }: { planId: string }) {
  const t = useMessages();
  const { route } = useNavigation();
  const current = route && route.params.planId === planId ? route : matchRoute(pathFor('home', { planId }));
  const view = current && viewFor(current);
  return (
    <OpenPlan planId={planId} link={{ href: surfaceUrl('personal'), label: t('plan.openMyPlans') }}>
      {(notice) => (
        <>
          <Suspense fallback={null}>
            <FollowPlan />
          </Suspense>
            <TabShell crumbs={view && current ? view.trail(current, t) : []} navValue={view && current ? view.navValue(current) : ''} notices={notice}>
            <Suspense fallback={<PlanSkeleton />}>{view && current ? view.render(current) : t('nav.notFound')}</Suspense>
          </TabShell>
        </>
      )}
    </OpenPlan>
  );
}

function TabRoutes({ defaultPlan }: { defaultPlan: string | null }) {
  const t = useMessages();
  const { route } = useNavigation();
  const planId = route?.params.planId ?? defaultPlan;
  if (!planId) {
    return <PlanProblem title={t('plan.noneChosenTitle')} body={t('plan.noneChosenBody')} link={{ href: surfaceUrl('personal'), label: t('plan.openMyPlans') }} />;
  }
  return <PlanTab key={planId} planId={planId} />;
}

/**
 * The plan tab (`?surface=tab&plan=<id>`). The view comes from the hash route, or on first load
 * from Teams' subPageId when a deep link opened the tab.
 */
export function TabSurface() {
  const host = useHost();
  const defaultPlan = new URLSearchParams(window.location.search).get('plan');
  const deepLink = host.subPageId && matchRoute(host.subPageId) ? host.subPageId : undefined;
  const initialPath = deepLink ?? (defaultPlan ? pathFor('home', { planId: defaultPlan }) : '/');
  return (
    <HashRouter initialPath={initialPath}>
      <TabRoutes defaultPlan={defaultPlan} />
    </HashRouter>
  );
}
