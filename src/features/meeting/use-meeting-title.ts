import { dateOf, textOf } from '../../plan/read-values';
import { dayText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { useMeeting } from './meeting-context';

/** "Kestrel Vale District Council: meeting on 2 Feb 2031", or the council alone before the meeting has a row. */
export function useMeetingTitle(): string {
  const t = useFullMessages();
  const { plan, planId } = useCurrentPlan();
  const { row } = useMeeting();
  const council = textOf(plan.header.values.CouncilName) ?? planId;
  const date = dateOf(row?.values.MeetingDate);
  return date ? t('meeting.walk.heading', { council, date: dayText(t, date) }) : council;
}
