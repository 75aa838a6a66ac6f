import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { sectionById, planToday } from '../../plan';
import { dateOf } from '../../plan/read-values';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { AgendaWalker } from './AgendaWalker';
import { CloseMeetingDialog } from './CloseMeetingDialog';
import { ChangesStatus } from '../../components/ChangesStatus';
import { PeopleHere } from '../../components/PeopleHere';
import { ProblemWords } from '../../components/ProblemWords';
import { LiveBadge } from './LiveBadge';
import { itemNumberIn } from './item-number';
import { plannedMinutesOf, proposedAgenda } from './meeting-agenda';
import { useMeeting } from './meeting-context';
import { MeetingMinutes } from './MeetingMinutes';
import { StageShareButton } from './StageShareButton';
import { useMeetingTitle } from './use-meeting-title';
import { useMeetingWrites } from './use-meeting-writes';

const meetings = sectionById('meetings');

const useStyles = makeStyles({
  // Teams' side panel is 320 px wide: one column, nothing side by side that cannot wrap.
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, maxWidth: '640px' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  end: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** No agenda agreed before the call: agree the plan's proposal now, for today's meeting. */
function NoAgendaYet({ canEdit, onAgreed }: { canEdit: boolean; onAgreed(): void }) {
  const t = useFullMessages();
  const { plan } = useCurrentPlan();
  const meeting = useMeeting();
  const writes = useMeetingWrites();
  const date = dateOf(meeting.row?.values.MeetingDate) ?? planToday();
  return (
    <>
      <Text>{t('meeting.walk.noAgenda')}</Text>
      {canEdit && (
        <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => {
            writes.agreeAgenda(proposedAgenda(plan, date, meeting.key, plannedMinutesOf(meeting.row)));
            onAgreed();
          }}
        >
          {t('meeting.walk.agreeProposed')}
        </Button>
      )}
    </>
  );
}

/**
 * The meeting's side panel during the call: the agenda walked item by item with what is
 * recorded on each, the stage shared, and the meeting closed at the end (CEM or ACLM).
 */
export function SidePanel() {
  const t = useFullMessages();
  const styles = useStyles();
  const { planId } = useCurrentPlan();
  const access = usePlanAccess();
  const meeting = useMeeting();
  const [closing, setClosing] = useState(false);
  // Agreeing here replaces the button with the first item: focus goes to it, not to the page.
  const [agreedHere, setAgreedHere] = useState(false);
  const { agenda, problem } = meeting.agreed;
  const title = useMeetingTitle();
  const canClose = access.role === 'cem' || access.role === 'aclm';

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{title}</h1>
        <div className={styles.status}>
          <LiveBadge status={meeting.live} />
          <ChangesStatus />
          {!access.canEdit(meetings) && (
            <Text size={200}>
              <LockClosedRegular aria-hidden /> {t('access.readOnly')}
            </Text>
          )}
        </div>
        {!meeting.closed && <PeopleHere itemNumber={itemNumberIn(agenda)} />}
      </header>
      {meeting.closed && meeting.row ? (
        <MeetingMinutes meeting={meeting.row} />
      ) : agenda && meeting.row ? (
        <>
          <AgendaWalker agenda={agenda} focusFirstItem={agreedHere} />
          <div className={styles.end}>
            <StageShareButton planId={planId} meetingKey={meeting.key} />
            {canClose && (
              <Button appearance="primary" onClick={() => setClosing(true)}>
                {t('meeting.close.open')}
              </Button>
            )}
          </div>
        </>
      ) : (
        <>
          {problem && (
            <Text>
              <ProblemWords text={{ sentence: t('meeting.details.unreadable'), details: [], english: problem }} />
            </Text>
          )}
          <NoAgendaYet canEdit={access.canEdit(meetings)} onAgreed={() => setAgreedHere(true)} />
        </>
      )}
      {agenda && meeting.row && <CloseMeetingDialog open={closing && !meeting.closed} meeting={meeting.row} agenda={agenda} onClose={() => setClosing(false)} />}
    </main>
  );
}
