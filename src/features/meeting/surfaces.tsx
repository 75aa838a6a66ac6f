import { Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleHere } from '../../components/PeopleHere';
import { useFullMessages } from '../../i18n/use-full-messages';
import { AgendaList } from './AgendaList';
import { AgendaPlanner } from './AgendaPlanner';
import { itemNumberIn } from './item-number';
import { useMeeting } from './meeting-context';
import { MeetingMinutes } from './MeetingMinutes';
import { MeetingSurface } from './MeetingSurface';
import { SidePanel } from './SidePanel';
import { Stage } from './Stage';
import { useMeetingTitle } from './use-meeting-title';

const useStyles = makeStyles({
  page: { maxWidth: '960px', margin: '0 auto', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}` },
  title: { display: 'block', marginBottom: tokens.spacingVerticalL },
});

/** Before the call and after it in the same tab: the agenda to agree, then the minutes once closed. */
function DetailsView() {
  const meeting = useMeeting();
  return (
    <main className={useStyles().page}>
      {!meeting.closed && <PeopleHere itemNumber={itemNumberIn(meeting.agreed.agenda)} />}
      {meeting.closed && meeting.row ? <MeetingMinutes meeting={meeting.row} headingLevel="h1" /> : <AgendaPlanner />}
    </main>
  );
}

/** The meeting chat's tab: the minutes once the meeting is closed; until then the agreed agenda. */
function ChatView() {
  const t = useFullMessages();
  const styles = useStyles();
  const meeting = useMeeting();
  const title = useMeetingTitle();
  const { agenda } = meeting.agreed;
  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        {title}
      </Title2>
      {meeting.closed && meeting.row ? (
        <MeetingMinutes meeting={meeting.row} />
      ) : (
        <>
          <Text as="p">{t('meeting.chat.notClosed')}</Text>
          {agenda && <AgendaList items={agenda.items} label={t('meeting.agenda.listLabel')} withReasons />}
        </>
      )}
    </main>
  );
}

/** `?surface=meeting-details` (Teams: the meeting's details tab, frame "content" in a meeting). */
export function MeetingDetailsSurface() {
  return (
    <MeetingSurface live presence>
      <DetailsView />
    </MeetingSurface>
  );
}

/** `?surface=side-panel` (Teams: frame "sidePanel"). */
export function SidePanelSurface() {
  return (
    <MeetingSurface live presence>
      <SidePanel />
    </MeetingSurface>
  );
}

/** `?surface=stage` (Teams: frame "meetingStage", reached by sharing from the side panel). */
export function StageSurface() {
  return (
    <MeetingSurface live>
      <Stage />
    </MeetingSurface>
  );
}

/** `?surface=meeting-chat`: the minutes after the call. */
export function MeetingChatSurface() {
  return (
    <MeetingSurface live={false}>
      <ChatView />
    </MeetingSurface>
  );
}
