import { parseArgs } from 'node:util';
import { findPreviousMeeting, proposeAgenda, scheduledMeetingFrom, STAGE_LABELS, type Agenda } from '../../agenda';
import { formatDate, isIsoDate, todayLocal } from '../../plan';
import { openPlan } from '../choose-plan';
import { commandWith } from '../command';
import type { Command } from '../main';
import { withStore } from '../store-from-env';

const USAGE = `Usage: lapp agenda --plan <plan> [--date YYYY-MM-DD] [--json]

Prints the proposed agenda for a plan's next meeting, built from the plan: open actions,
unresolved concerns, offers due before the next meeting, strands by local priority, checklist
gaps, new community updates, plan changes and signatures.

Options:
  --plan <plan>   the plan id or the council's name (any unambiguous start of it, any case)
  --date <date>   the meeting date, YYYY-MM-DD (default: the plan's next meeting, or today)
  --json          print the agenda items as a JSON array
  --help          show this help`;

/** The agenda as people read it: numbered items with their reasons and times, then the total. */
export function agendaText(agenda: Agenda, council: string): string {
  const lines = [
    `Agenda: ${council}, meeting on ${formatDate(agenda.meetingDate)} (${STAGE_LABELS[agenda.phase]} phase)`,
    `Next meeting: ${formatDate(agenda.nextMeetingDate)}${agenda.previousMeetingDate ? `. Previous meeting: ${formatDate(agenda.previousMeetingDate)}` : ''}`,
    '',
  ];
  const width = String(agenda.items.length).length;
  agenda.items.forEach((item, i) => {
    const flag = item.flagged ? '(!) ' : '';
    lines.push(`${String(i + 1).padStart(width)}. ${flag}${item.title} [${item.minutes} min]`);
    lines.push(`${' '.repeat(width + 2)}${item.reason}`);
  });
  if (agenda.items.length === 0) lines.push('Nothing is outstanding.');
  const items = agenda.items.length === 1 ? '1 item' : `${agenda.items.length} items`;
  lines.push('', `Total: ${agenda.totalMinutes} minutes, ${items}.`);
  for (const note of agenda.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

interface AgendaOptions {
  readonly plan: string;
  readonly date?: string;
  readonly json: boolean;
}

/** The command's options, or the message explaining what is wrong with them. */
function readOptions(args: readonly string[]): AgendaOptions | 'help' | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { plan: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) return 'help';
    if (!values.plan?.trim()) return { error: 'Say which plan with --plan <plan id or council name>.' };
    const { date } = values;
    if (date !== undefined && !isIsoDate(date)) return { error: `--date must be a real date in the form YYYY-MM-DD, not "${date}".` };
    return { plan: values.plan, ...(date && { date }), json: values.json ?? false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** `lapp agenda --plan <plan> [--date YYYY-MM-DD] [--json]`. */
export const run: Command = commandWith('agenda', USAGE, readOptions, async (options, io) => {
  const { agenda, council } = await withStore(io.env, async ({ store }) => {
    const { summary, plan } = await openPlan(store, options.plan);
    const today = todayLocal();
    const meetingDate = options.date ?? scheduledMeetingFrom(plan.sections.meetings, today) ?? today;
    const previousMeeting = findPreviousMeeting(plan.sections.meetings, meetingDate);
    return { agenda: proposeAgenda({ plan, meetingDate, ...(previousMeeting && { previousMeeting }) }), council: summary.council };
  });
  io.out(options.json ? JSON.stringify(agenda.items, null, 2) : agendaText(agenda, council));
  return 0;
});
