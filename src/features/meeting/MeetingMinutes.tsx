import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan, Row } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { dayText } from '../../i18n';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import { useCurrentPlan } from '../../lib/plan-context';
import { closeRecord, defaultAttendees } from './close-record';
import { DecisionList } from './DecisionList';
import type { Agenda, AgendaText } from '../../agenda';
import { useMeeting } from './meeting-context';
import { decisionsOf } from './meeting-rows';
import { SectionHeading } from './SectionHeading';
import { ShareTextPanel } from './ShareTextPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  minutes: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The recap of a closed meeting for the chat, rebuilt from what the plan recorded; none without an agreed agenda. */
function recapOf(plan: Plan, meeting: Row<'meetings'>, agenda: Agenda | undefined, heading: string, say: (text: AgendaText) => string): string | undefined {
  const next = dateOf(meeting.values.NextMeetingDate);
  if (!agenda || !next) return undefined;
  try {
    return closeRecord({ plan, meeting, agenda, attendees: defaultAttendees(plan, meeting), nextMeetingDate: next, notesHeading: heading, agendaText: say }).closed.recap;
  } catch {
    // A record the engine cannot read back still has its minutes, shown above.
    return undefined;
  }
}

/**
 * A closed meeting (the meeting chat tab after the call): its minutes, decisions and the recap to
 * share. Its heading is the page's h1 on a page of its own, an h2 under the side panel's title.
 */
export function MeetingMinutes({ meeting, headingLevel = 'h2' }: { meeting: Row<'meetings'>; headingLevel?: 'h1' | 'h2' }) {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan, planId } = useCurrentPlan();
  const date = dateOf(meeting.values.MeetingDate);
  const { agreed } = useMeeting();
  const recap = recapOf(plan, meeting, agreed.agenda, t('meeting.close.notesHeading'), say);
  return (
    <section className={styles.root} aria-labelledby="minutes-heading">
      <Title3 as={headingLevel} id="minutes-heading">
        {t('meeting.minutes.heading', { date: date ? dayText(t, date) : '' })}
      </Title3>
      <pre className={styles.minutes}>{textOf(meeting.values.Minutes) ?? t('meeting.minutes.none')}</pre>
      <SectionHeading id="minutes-decisions">{t('meeting.minutes.decisions')}</SectionHeading>
      <DecisionList decisions={decisionsOf(plan, meeting.key)} label={t('meeting.minutes.decisions')} />
      {recap && (
        <ShareTextPanel text={recap} url={surfaceUrl('meeting-chat', { plan: planId, meeting: meeting.key })} label={t('meeting.share.recapText')} />
      )}
    </section>
  );
}
