import { Link, MessageBar, MessageBarBody, Skeleton, SkeletonItem, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n';
import { PlanProvider } from '../lib/plan-context';
import { usePlan } from '../lib/use-plan';
import { NotFoundError } from '../storage/errors';
import { ConflictDialogOnDemand } from './ConflictDialogOnDemand';
import { ErrorWords } from './ProblemWords';
import { SaveNoticeBar } from './SaveNoticeBar';

const useStyles = makeStyles({
  centre: { maxWidth: '720px', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface ProblemLink {
  readonly href: string;
  readonly label: string;
}

/**
 * A surface that cannot show its plan: what went wrong as the page's heading (the page has no
 * other, and screen-reader users move by headings), why, and where to go instead.
 */
export function PlanProblem({ title, body, link }: { title: string; body: ReactNode; link?: ProblemLink | undefined }) {
  return (
    <div className={useStyles().centre}>
      <Title2 as="h1">{title}</Title2>
      <MessageBar intent="error">
        <MessageBarBody>{body}</MessageBarBody>
      </MessageBar>
      {link && <Link href={link.href}>{link.label}</Link>}
    </div>
  );
}

/** The shape of a page while its plan loads. */
export function PlanSkeleton() {
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

/**
 * Opens one plan for a surface: a skeleton while it loads, a clear error if it cannot be read,
 * then the plan (loaded and saved optimistically) to everything inside, with the conflict dialog.
 * `children` is given the save notice to place where the surface shows notices.
 */
export function OpenPlan({ planId, link, children }: { planId: string; link?: ProblemLink; children: (notice: ReactNode) => ReactNode }) {
  const t = useMessages();
  const controller = usePlan(planId);
  const { plan, status, loadError, conflict, notice } = controller;

  if (!plan) {
    if (status === 'loading') return <PlanSkeleton />;
    const missing = loadError instanceof NotFoundError;
    return (
      <PlanProblem
        title={missing ? t('plan.notFoundTitle') : t('plan.loadFailed')}
        body={missing ? t('plan.notFoundBody', { planId }) : <ErrorWords error={loadError} />}
        link={link}
      />
    );
  }
  return (
    <PlanProvider value={{ ...controller, plan }}>
      {children(notice && <SaveNoticeBar notice={notice} onDismiss={controller.dismissNotice} />)}
      <ConflictDialogOnDemand conflict={conflict} onResolve={(choice) => void controller.resolveConflict(choice)} />
    </PlanProvider>
  );
}
