import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { sectionById, planToday, type Row } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { OpenPlan, PlanProblem } from '../../components/OpenPlan';
import { useMessages } from '../../i18n';
import { LivePresenceProvider, useLivePlan } from '../../lib/live';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { useHost } from '../../teams';
import { agreedAgenda } from './meeting-agenda';
import { MeetingContext, type CurrentMeeting } from './meeting-context';
import { MEETING_SECTIONS } from './meeting-rows';
import { meetingChanges } from './meeting-values';
import { PlannedMeetingChoice } from './PlannedMeetingChoice';
import { useMeetingTarget } from './use-meeting-target';

export interface MeetingSurfaceProps {
  /** Follow other participants' changes while the meeting is open (the side panel, the stage, the details tab). */
  readonly live: boolean;
  /** Tell the others where this person is (the side panel and the details tab; not the shared stage). */
  readonly presence?: boolean;
  readonly children: ReactNode;
}

/** The meeting, resolved in the loaded plan, kept up to date while it is open if the surface asks. */
function LiveMeeting({ meetingRef, live, presence = false, children }: { meetingRef: string | undefined } & MeetingSurfaceProps) {
  const { plan, planId, status, applyRemote, refresh, updateRow } = useCurrentPlan();
  const access = usePlanAccess();
  const [today] = useState(() => planToday());
  const [declined, setDeclined] = useState(false);
  const target = useMeetingTarget(plan, meetingRef, declined ? undefined : today);
  const canLink = access.canEdit(sectionById('meetings'));
  const link = target.planned?.kind === 'link' && canLink && target.teamsMeetingId ? { key: target.planned.row.key, id: target.teamsMeetingId } : undefined;
  // The planned row records the Teams meeting once; from then on everyone finds it by that id.
  const linked = useRef<string>();
  const linkKey = link && `${link.key}\n${link.id}`;
  useEffect(() => {
    if (!link || linked.current === linkKey) return;
    linked.current = linkKey;
    void updateRow('meetings', link.key, meetingChanges({ TeamsMeetingId: link.id }));
  }, [link, linkKey, updateRow]);
  const closed = textOf(target.row?.values.MeetingStatus) === 'Closed';
  const following = live && !closed && status === 'ready';
  const { status: liveStatus, presence: heard } = useLivePlan(planId, MEETING_SECTIONS, {
    enabled: following,
    apply: applyRemote,
    reload: refresh,
  });
  const date = dateOf(target.row?.values.MeetingDate);
  const savedJson = textOf(target.row?.values.AgendaSnapshot);
  // Parsing the saved agenda is not free; the stage re-renders at every change another participant makes.
  const agreed = useMemo(() => agreedAgenda(savedJson), [savedJson]);
  const meeting = useMemo<CurrentMeeting>(
    () => ({ ...target, info: target.row && date ? { key: target.key, date } : undefined, closed, agreed, live: liveStatus }),
    [target, date, closed, agreed, liveStatus],
  );
  if (target.planned?.kind === 'choose') {
    const chooseRow = (row: Row<'meetings'> | undefined) => {
      if (row && target.teamsMeetingId) void updateRow('meetings', row.key, meetingChanges({ TeamsMeetingId: target.teamsMeetingId }));
      else setDeclined(true);
    };
    return <PlannedMeetingChoice rows={target.planned.rows} canChoose={canLink} onChoose={chooseRow} />;
  }
  return (
    <MeetingContext.Provider value={meeting}>
      <LivePresenceProvider planId={planId} meetingId={target.key} book={heard} send={presence && following}>
        {children}
      </LivePresenceProvider>
    </MeetingContext.Provider>
  );
}

function MeetingPlan({ planId, meetingRef, live, presence, children }: { planId: string; meetingRef: string | undefined } & MeetingSurfaceProps) {
  return (
    <OpenPlan planId={planId}>
      {(notice) => (
        <>
          {notice}
          <LiveMeeting meetingRef={meetingRef} live={live} presence={presence}>
            {children}
          </LiveMeeting>
        </>
      )}
    </OpenPlan>
  );
}

/**
 * A meeting surface: the plan named in the URL (`plan`), the meeting from Teams' context or the
 * URL (`meeting`), loaded once and, for the surfaces used during the call, kept up to date.
 */
export function MeetingSurface({ live, presence, children }: MeetingSurfaceProps) {
  const t = useMessages();
  const host = useHost();
  const params = new URLSearchParams(window.location.search);
  const planId = params.get('plan');
  if (!planId) return <PlanProblem title={t('plan.noneChosenTitle')} body={t('plan.noneChosenBody')} />;
  return (
    <MeetingPlan planId={planId} meetingRef={host.meetingId ?? params.get('meeting') ?? undefined} live={live} presence={presence}>
      {children}
    </MeetingPlan>
  );
}
