import { parseArgs } from 'node:util';
import { AgendaInputError, findPreviousMeeting, liveMeeting, nextMeetingFrom, proposeAgenda, STAGE_LABELS, type Agenda } from '../../agenda';
import { agendaText as say } from '../../i18n/agenda-text';
import type { Translate } from '../../i18n/catalogue';
import { formatDay } from '../../i18n/locale-format';
import { isIsoDate, todayLocal } from '../../plan';
import { dateOf } from '../../plan/read-values';
import { openPlan } from '../choose-plan';
import { commandWith, optionsRefused } from '../command';
import type { Command } from '../main';
import { withStore } from '../store-from-env';

/** The agenda as people read it: numbered items with their reasons and times, then the total. */
export function agendaText(agenda: Agenda, council: string, t: Translate): string {
  const day = (date: string) => formatDay(date, t.locale);
  const next = day(agenda.nextMeetingDate);
  const lines = [
    t('cli.agenda.heading', { council, date: day(agenda.meetingDate), phase: t.schema(STAGE_LABELS[agenda.phase]) }),
    agenda.previousMeetingDate ? t('cli.agenda.nextAndPrevious', { next, previous: day(agenda.previousMeetingDate) }) : t('cli.agenda.next', { next }),
    '',
  ];
  const width = String(agenda.items.length).length;
  agenda.items.forEach((item, i) => {
    const flag = item.flagged ? '(!) ' : '';
    lines.push(`${String(i + 1).padStart(width)}. ${flag}${say(t, item.title)} [${t.plural('meeting.item.minutes', item.minutes)}]`);
    lines.push(`${' '.repeat(width + 2)}${say(t, item.reason)}`);
  });
  if (agenda.items.length === 0) lines.push(t('cli.agenda.nothing'));
  const minutes = t.plural('agenda.count.minutes', agenda.totalMinutes);
  lines.push('', t('cli.agenda.total', { minutes, items: t.plural('cli.agenda.items', agenda.items.length) }));
  const later = agenda.later ?? [];
  if (later.length > 0 && agenda.targetMinutes !== undefined) {
    lines.push('', t('meeting.agenda.later'), t('meeting.agenda.laterIntro', { target: agenda.targetMinutes }));
    for (const item of later) lines.push(`- ${say(t, item.title)} [${t.plural('meeting.item.minutes', item.minutes)}]`);
  }
  for (const note of agenda.notes) lines.push(t('cli.agenda.note', { note: say(t, note) }));
  return lines.join('\n');
}

/** The items for --json: titles and reasons as text in the chosen language, everything else as the engine gives it. */
function itemsJson(agenda: Agenda, t: Translate): string {
  return JSON.stringify(
    agenda.items.map((item) => ({ ...item, title: say(t, item.title), reason: say(t, item.reason) })),
    null,
    2,
  );
}

interface AgendaOptions {
  readonly plan: string;
  readonly date?: string;
  readonly json: boolean;
}

/** The command's options, or the message explaining what is wrong with them. */
function readOptions(args: readonly string[], t: Translate): AgendaOptions | 'help' | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { plan: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) return 'help';
    if (!values.plan?.trim()) return { error: t('cli.agenda.noPlan') };
    const { date } = values;
    if (date !== undefined && !isIsoDate(date)) return { error: t('cli.agenda.badDate', { date }) };
    return { plan: values.plan, ...(date && { date }), json: values.json ?? false };
  } catch (error) {
    return optionsRefused(t, error);
  }
}

/** `lapp agenda --plan <plan> [--date YYYY-MM-DD] [--json]`. */
export const run: Command = commandWith('agenda', (t) => t('cli.agenda.usage'), readOptions, async (options, io) => {
  const { agenda, council } = await withStore(io.env, async ({ store }) => {
    const { summary, plan } = await openPlan(store, options.plan);
    const today = todayLocal();
    // The meeting under way, else the next in the plan's real sequence of meetings, else today.
    const live = liveMeeting(plan.sections.meetings);
    const meetingDate = options.date ?? (live && dateOf(live.values.MeetingDate)) ?? nextMeetingFrom(plan.sections.meetings, today) ?? today;
    const previousMeeting = findPreviousMeeting(plan.sections.meetings, meetingDate);
    return { agenda: proposeAgenda({ plan, meetingDate, ...(previousMeeting && { previousMeeting }) }), council: summary.council };
  }).catch((error: unknown) => {
    // The engine's refusal is a message id: worded here, in the language asked for.
    throw error instanceof AgendaInputError ? new Error(say(io.t, error.text)) : error;
  });
  io.out(options.json ? itemsJson(agenda, io.t) : agendaText(agenda, council, io.t));
  return 0;
});
