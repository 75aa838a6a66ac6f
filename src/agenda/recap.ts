import { MULTI_LINE_MAX, type IsoDate } from '../plan';
import { count, day } from './format';
import type { AgendaText } from './text';
import type { Agenda } from './types';

/** What happened to one action at a meeting, for the minutes and the recap. */
export interface ActionOutcome {
  readonly change: 'raised' | 'done' | 'dropped' | 'updated';
  readonly title: string;
  /** Display name only: the recap goes to a chat, the email stays in the plan. */
  readonly owner?: string;
  readonly dueDate?: IsoDate;
}

/** Everything the minutes and the chat recap say about a closed meeting. */
export interface MeetingSummary {
  readonly council: string;
  readonly meetingDate: IsoDate;
  readonly attendees: readonly string[];
  readonly agenda: Agenda;
  readonly decisions: readonly string[];
  readonly actions: readonly ActionOutcome[];
  readonly nextMeetingDate: IsoDate;
}

/** Past this many items the minutes list the rest as a count: the agenda itself is saved alongside. */
const AGENDA_LINES_IN_MINUTES = 60;

const OUTCOME_LABEL: Record<ActionOutcome['change'], string> = {
  raised: 'New',
  done: 'Done',
  dropped: 'Dropped',
  updated: 'Updated',
};

function outcomeLine(outcome: ActionOutcome): string {
  const details = [outcome.owner, outcome.dueDate && `due ${day(outcome.dueDate)}`].filter(Boolean).join(', ');
  return `${OUTCOME_LABEL[outcome.change]}: ${outcome.title}${details ? ` (${details})` : ''}`;
}

function agendaLines(agenda: Agenda, agendaText: (text: AgendaText) => string): string[] {
  const lines = agenda.items.slice(0, AGENDA_LINES_IN_MINUTES).map((item, i) => {
    const flag = item.flagged ? ` — carried ${item.carried?.times ?? 0} times, decision needed` : '';
    return `${i + 1}. ${agendaText(item.title)} (${count(item.minutes, 'min', 'min')})${flag}`;
  });
  const more = agenda.items.length - AGENDA_LINES_IN_MINUTES;
  if (more > 0) lines.push(`…and ${count(more, 'more item')}.`);
  return lines;
}

/** The Minutes column's text: plain text, British English, dates like "12 Jan 2031". */
export function minutesText(summary: MeetingSummary, agendaText: (text: AgendaText) => string): string {
  const { agenda } = summary;
  const lines = [
    `Meeting of ${day(summary.meetingDate)}: ${summary.council}`,
    `Attendees: ${summary.attendees.length > 0 ? summary.attendees.join(', ') : 'not recorded'}`,
    '',
    `Agenda (${count(agenda.items.length, 'item')}, ${count(agenda.totalMinutes, 'minute')})`,
    ...agendaLines(agenda, agendaText),
    '',
    'Decisions',
    ...(summary.decisions.length > 0 ? summary.decisions.map((d) => `- ${d}`) : ['- None recorded.']),
    '',
    'Actions',
    ...(summary.actions.length > 0 ? summary.actions.map((a) => `- ${outcomeLine(a)}`) : ['- No changes.']),
    '',
    `Next meeting: ${day(summary.nextMeetingDate)}`,
  ];
  const text = lines.join('\n');
  return text.length <= MULTI_LINE_MAX ? text : `${text.slice(0, MULTI_LINE_MAX - 1)}…`;
}

/** Text people typed, made inert in Markdown (and so in the chat's HTML). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** Markdown for the meeting chat: what was decided, who does what, when the partners meet next. */
export function recapText(summary: MeetingSummary): string {
  const lines = [
    `**Meeting recap: ${md(summary.council)}, ${day(summary.meetingDate)}**`,
    '',
    '**Decisions**',
    ...(summary.decisions.length > 0 ? summary.decisions.map((d) => `- ${md(d)}`) : ['- None recorded.']),
    '',
    '**Actions**',
    ...(summary.actions.length > 0 ? summary.actions.map((a) => `- ${md(outcomeLine(a))}`) : ['- No changes.']),
    '',
    `**Next meeting:** ${day(summary.nextMeetingDate)}`,
  ];
  return lines.join('\n');
}
