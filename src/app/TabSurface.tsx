import { Link, MessageBar, MessageBarBody, MessageBarTitle, Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import { ConflictDialogOnDemand } from '../components/ConflictDialogOnDemand';
import { SaveNoticeBar } from '../components/SaveNoticeBar';
import { useMessages } from '../i18n';
import { surfaceUrl } from '../lib/links';
import { HashRouter, useNavigation } from '../lib/navigation';
import { PlanProvider } from '../lib/plan-context';
import { matchRoute, pathFor } from '../lib/routes';
import { usePlan } from '../lib/use-plan';
import { NotFoundError } from '../storage/errors';
import { useHost } from '../teams';
import { viewFor } from './route-views';
import { TabShell } from './TabShell';

const useStyles = makeStyles({
  centre: { maxWidth: '720px', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

function PlanSkeleton() {
  const t = useMessages();
  return (
    <div className={useStyles().centre}>
      <Skeleton aria-label={t('app.loading')}>
        <SkeletonItem size={32} />
        <SkeletonItem size={16} />
        <SkeletonItem size={16} />
      </Skeleton>
    </div>
  );
}

function Problem({ title, body, link }: { title: string; body: string; link?: { href: string; label: string } }) {
  return (
    <div className={useStyles().centre}>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
      {link && <Link href={link.href}>{link.label}</Link>}
    </div>
  );
}

/** One plan, loaded and saved optimistically, shown in the tab's frame at the route in the hash. */
function OpenPlan({ planId }: { planId: string }) {
  const t = useMessages();
  const host = useHost();
  const { route } = useNavigation();
  const controller = usePlan(planId);
  const { plan, status, loadError, conflict, notice } = controller;

  useEffect(() => {
    if (status !== 'loading') host.actions.notifyReady();
  }, [status, host.actions]);

  if (status === 'failed' || !plan) {
    if (status === 'loading') return <PlanSkeleton />;
    const missing = loadError instanceof NotFoundError;
    return (
      <Problem
        title={missing ? t('plan.notFoundTitle') : t('plan.loadFailed')}
        body={missing ? t('plan.notFoundBody', { planId }) : String(loadError instanceof Error ? loadError.message : loadError)}
        link={{ href: surfaceUrl('personal'), label: t('plan.openMyPlans') }}
      />
    );
  }
  const current = route && route.params.planId === planId ? route : matchRoute(pathFor('home', { planId }));
  const view = current && viewFor(current);
  return (
    <PlanProvider value={{ ...controller, plan }}>
      <TabShell
        crumbs={view && current ? view.trail(current, t) : []}
        navValue={view && current ? view.navValue(current) : ''}
        notices={notice && <SaveNoticeBar notice={notice} onDismiss={controller.dismissNotice} />}
      >
        <Suspense fallback={<PlanSkeleton />}>{view && current ? view.render(current) : t('nav.notFound')}</Suspense>
      </TabShell>
      <ConflictDialogOnDemand conflict={conflict} onResolve={(choice) => void controller.resolveConflict(choice)} />
    </PlanProvider>
  );
}

function TabRoutes({ defaultPlan }: { defaultPlan: string | null }) {
  const t = useMessages();
  const { route } = useNavigation();
  const planId = route?.params.planId ?? defaultPlan;
  if (!planId) {
    return <Problem title={t('plan.noneChosenTitle')} body={t('plan.noneChosenBody')} link={{ href: surfaceUrl('personal'), label: t('plan.openMyPlans') }} />;
  }
  return <OpenPlan key={planId} planId={planId} />;
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
