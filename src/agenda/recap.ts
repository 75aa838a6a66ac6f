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
  /** For an action changed in the meeting: its owner and due date before, where they changed. */
  readonly was?: { readonly owner?: string | null; readonly dueDate?: IsoDate | null };
}

/** What else the meeting recorded, each as one line of text people wrote (or the agenda's title, rendered). */
export interface MeetingRecords {
  /** The written summary (Meetings.Summary). */
  readonly summary?: string;
  readonly concernsRaised: readonly string[];
  readonly concernsResolved: readonly string[];
  readonly updates: readonly string[];
  /** The agenda's items the meeting did not reach, by title. */
  readonly notReached: readonly string[];
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
  /** What else was recorded; absent when only decisions and actions are known. */
  readonly records?: MeetingRecords;
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
  const { was } = outcome;
  const details = was
    ? [
        was.owner !== undefined && `owner ${was.owner ?? 'none'} → ${outcome.owner ?? 'none'}`,
        was.dueDate !== undefined && `due ${was.dueDate ? day(was.dueDate) : 'none'} → ${outcome.dueDate ? day(outcome.dueDate) : 'none'}`,
      ]
        .filter(Boolean)
        .join(', ')
    : [outcome.owner, outcome.dueDate && `due ${day(outcome.dueDate)}`].filter(Boolean).join(', ');
  return `${OUTCOME_LABEL[outcome.change]}: ${outcome.title}${details ? ` (${details})` : ''}`;
}

/** A heading and its lines, or nothing when there are none to list. */
function listed(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? ['', heading, ...lines.map((line) => `- ${line.replace(/\s+/g, ' ').trim()}`)] : [];
}

/** The minutes' lines for what the meeting recorded besides decisions and actions. */
function recordLines(records: MeetingRecords | undefined): { summary: string[]; rest: string[] } {
  if (!records) return { summary: [], rest: [] };
  const summary = records.summary?.trim();
  return {
    summary: summary ? ['', 'Summary', summary] : [],
    rest: [
      ...listed('Concerns raised', records.concernsRaised),
      ...listed('Concerns resolved', records.concernsResolved),
      ...listed('Community updates', records.updates),
      ...listed('Not reached', records.notReached),
    ],
  };
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
  const records = recordLines(summary.records);
  const lines = [
    `Meeting of ${day(summary.meetingDate)}: ${summary.council}`,
    `Attendees: ${summary.attendees.length > 0 ? summary.attendees.join(', ') : 'not recorded'}`,
    ...records.summary,
    '',
    `Agenda (${count(agenda.items.length, 'item')}, ${count(agenda.totalMinutes, 'minute')})`,
    ...agendaLines(agenda, agendaText),
    '',
    'Decisions',
    ...(summary.decisions.length > 0 ? summary.decisions.map((d) => `- ${d}`) : ['- None recorded.']),
    '',
    'Actions',
    ...(summary.actions.length > 0 ? summary.actions.map((a) => `- ${outcomeLine(a)}`) : ['- No changes.']),
    ...records.rest,
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
