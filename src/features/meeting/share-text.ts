import type { Agenda } from '../../agenda';
import { dayText, type Translate } from '../../i18n';
import { agendaText } from '../../i18n/agenda-text';

/** The agreed agenda as plain text for the meeting chat: a heading, numbered items and the total time. */
export function agendaShareText(council: string, agenda: Agenda, t: Translate): string {
  return [
    t('meeting.share.agendaHeading', { council, date: dayText(t, agenda.meetingDate) }),
    ...agenda.items.map((item, i) => `${i + 1}. ${agendaText(t, item.title)} (${t.plural('meeting.item.minutes', item.minutes)})`),
    t.plural('meeting.share.agendaTotal', agenda.totalMinutes),
  ].join('\n');
}
