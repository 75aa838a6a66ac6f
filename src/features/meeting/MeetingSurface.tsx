import { MessageBar, MessageBarBody, MessageBarTitle, Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, type ReactNode } from 'react';
import { dateOf, textOf } from '../../plan/read-values';
import { ConflictDialogOnDemand } from '../../components/ConflictDialogOnDemand';
import { SaveNoticeBar } from '../../components/SaveNoticeBar';
import { useMessages } from '../../i18n';
import { useLiveChanges } from '../../lib/live';
import { PlanProvider, useCurrentPlan } from '../../lib/plan-context';
import { usePlan } from '../../lib/use-plan';
import { NotFoundError } from '../../storage/errors';
import { useHost } from '../../teams';
import { agreedAgenda } from './meeting-agenda';
import { MeetingContext, type CurrentMeeting } from './meeting-context';
import { MEETING_SECTIONS } from './meeting-rows';
import { useMeetingTarget } from './use-meeting-target';

const useStyles = makeStyles({
  centre: { maxWidth: '720px', margin: '0 auto', padding: tokens.spacingHorizontalXL },
});

function Problem({ title, body }: { title: string; body: string }) {
  const styles = useStyles();
  return (
    <div className={styles.centre}>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

export interface MeetingSurfaceProps {
  /** Follow other participants' changes while the meeting is open (the side panel and the stage). */
  readonly live: boolean;
  readonly children: ReactNode;
}

/** The meeting, resolved in the loaded plan, kept up to date while it is open if the surface asks. */
function LiveMeeting({ meetingRef, live, children }: { meetingRef: string | undefined } & MeetingSurfaceProps) {
  const { plan, planId, status, applyRemote, refresh } = useCurrentPlan();
  const target = useMeetingTarget(plan, meetingRef);
  const closed = textOf(target.row?.values.MeetingStatus) === 'Closed';
  const liveStatus = useLiveChanges(planId, MEETING_SECTIONS, {
    enabled: live && !closed && status === 'ready',
    apply: applyRemote,
    reload: refresh,
  });
  const date = dateOf(target.row?.values.MeetingDate);
  const snapshot = textOf(target.row?.values.AgendaSnapshot);
  // Parsing the saved agenda is not free; the stage re-renders at every change another participant makes.
  const agreed = useMemo(() => agreedAgenda(snapshot), [snapshot]);
  const meeting = useMemo<CurrentMeeting>(
    () => ({ ...target, info: target.row && date ? { key: target.key, date } : undefined, closed, agreed, live: liveStatus }),
    [target, date, closed, agreed, liveStatus],
  );
  return <MeetingContext.Provider value={meeting}>{children}</MeetingContext.Provider>;
}

function MeetingPlan({ planId, meetingRef, live, children }: { planId: string; meetingRef: string | undefined } & MeetingSurfaceProps) {
  const t = useMessages();
  const styles = useStyles();
  const host = useHost();
  const controller = usePlan(planId);
  const { plan, status, loadError, conflict, notice } = controller;

  useEffect(() => {
    if (status !== 'loading') host.actions.notifyReady();
  }, [status, host.actions]);

  if (!plan) {
    if (status === 'loading') {
      return (
        <div className={styles.centre}>
          <Skeleton aria-label={t('app.loading')}>
            <SkeletonItem size={32} />
            <SkeletonItem size={16} />
          </Skeleton>
        </div>
      );
    }
    const missing = loadError instanceof NotFoundError;
    return (
      <Problem
        title={missing ? t('plan.notFoundTitle') : t('plan.loadFailed')}
        body={missing ? t('plan.notFoundBody', { planId }) : String(loadError instanceof Error ? loadError.message : loadError)}
      />
    );
  }
  return (
    <PlanProvider value={{ ...controller, plan }}>
      {notice && <SaveNoticeBar notice={notice} onDismiss={controller.dismissNotice} />}
      <LiveMeeting meetingRef={meetingRef} live={live}>
        {children}
      </LiveMeeting>
      <ConflictDialogOnDemand conflict={conflict} onResolve={(choice) => void controller.resolveConflict(choice)} />
    </PlanProvider>
  );
}

/**
 * A meeting surface: the plan named in the URL (`plan`), the meeting from Teams' context or the
 * URL (`meeting`), loaded once and, for the surfaces used during the call, kept up to date.
 */
export function MeetingSurface({ live, children }: MeetingSurfaceProps) {
  const t = useMessages();
  const host = useHost();
  const params = new URLSearchParams(window.location.search);
  const planId = params.get('plan');
  if (!planId) return <Problem title={t('plan.noneChosenTitle')} body={t('plan.noneChosenBody')} />;
  return (
    <MeetingPlan planId={planId} meetingRef={host.meetingId ?? params.get('meeting') ?? undefined} live={live}>
      {children}
    </MeetingPlan>
  );
}
