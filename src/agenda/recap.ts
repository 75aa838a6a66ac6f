import { MULTI_LINE_MAX, type IsoDate } from '../plan';
import { counted, date, message, say, type AgendaMessageId, type AgendaText, type AgendaValues } from './text';
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

/**
 * Renders the minutes' and the recap's fixed wording (message ids with their values) in the
 * language of the person closing the meeting: the engine knows no language (i18n/agenda-text.ts).
 */
export type MinutesWords = (text: AgendaText) => string;

function outcomeLine(outcome: ActionOutcome, words: MinutesWords): string {
  const w = (id: AgendaMessageId, values?: AgendaValues) => words(say(id, values));
  const { was } = outcome;
  const none = message('minutes.none');
  const dueOf = (due: IsoDate | null | undefined) => (due ? date(due) : { message: none });
  const details = was
    ? [
        was.owner !== undefined && w('minutes.change.owner', { from: was.owner ?? { message: none }, to: outcome.owner ?? { message: none } }),
        was.dueDate !== undefined && w('minutes.change.due', { from: dueOf(was.dueDate), to: dueOf(outcome.dueDate) }),
      ]
    : [outcome.owner, outcome.dueDate && w('minutes.due', { date: date(outcome.dueDate) })];
  const detail = details.filter(Boolean).join(', ');
  return `${w(`minutes.outcome.${outcome.change}`, { title: outcome.title })}${detail ? ` (${detail})` : ''}`;
}

/** A heading and its lines, or nothing when there are none to list. */
function listed(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? ['', heading, ...lines.map((line) => `- ${line.replace(/\s+/g, ' ').trim()}`)] : [];
}

/** The minutes' lines for what the meeting recorded besides decisions and actions. */
function recordLines(records: MeetingRecords | undefined, words: MinutesWords): { summary: string[]; rest: string[] } {
  if (!records) return { summary: [], rest: [] };
  const w = (id: AgendaMessageId) => words(say(id));
  const summary = records.summary?.trim();
  return {
    summary: summary ? ['', w('minutes.summary'), summary] : [],
    rest: [
      ...listed(w('minutes.concernsRaised'), records.concernsRaised),
      ...listed(w('minutes.concernsResolved'), records.concernsResolved),
      ...listed(w('minutes.updates'), records.updates),
      ...listed(w('minutes.notReached'), records.notReached),
    ],
  };
}

function agendaLines(agenda: Agenda, words: MinutesWords): string[] {
  const lines = agenda.items.slice(0, AGENDA_LINES_IN_MINUTES).map((item, i) => {
    const values = { number: i + 1, title: words(item.title), minutes: { message: counted('minutes.count.min', item.minutes) } };
    return words([item.flagged ? counted('minutes.agendaLine.flagged', item.carried?.times ?? 0, values) : message('minutes.agendaLine', values)]);
  });
  const more = agenda.items.length - AGENDA_LINES_IN_MINUTES;
  if (more > 0) lines.push(words([counted('minutes.count.moreItems', more)]));
  return lines;
}

/** The lines both the minutes and the recap list: decisions, or that none were recorded; the same for actions. */
function outcomeLists(summary: MeetingSummary, words: MinutesWords, inert: (text: string) => string) {
  const w = (id: AgendaMessageId) => words(say(id));
  return {
    decisions: summary.decisions.length > 0 ? summary.decisions.map((d) => `- ${inert(d)}`) : [`- ${w('minutes.decisions.none')}`],
    actions: summary.actions.length > 0 ? summary.actions.map((a) => `- ${inert(outcomeLine(a, words))}`) : [`- ${w('minutes.actions.none')}`],
  };
}

/** The Minutes column's text: plain text in the closing person's language (`words`). */
export function minutesText(summary: MeetingSummary, words: MinutesWords): string {
  const w = (id: AgendaMessageId, values?: AgendaValues) => words(say(id, values));
  const { agenda } = summary;
  const records = recordLines(summary.records, words);
  const outcomes = outcomeLists(summary, words, (text) => text);
  const lines = [
    w('minutes.meetingOf', { date: date(summary.meetingDate), council: summary.council }),
    summary.attendees.length > 0 ? w('minutes.attendees', { names: summary.attendees.join(', ') }) : w('minutes.attendees.none'),
    ...records.summary,
    '',
    w('minutes.agenda', {
      items: { message: counted('minutes.count.items', agenda.items.length) },
      minutes: { message: counted('agenda.count.minutes', agenda.totalMinutes) },
    }),
    ...agendaLines(agenda, words),
    '',
    w('minutes.decisions'),
    ...outcomes.decisions,
    '',
    w('minutes.actions'),
    ...outcomes.actions,
    ...records.rest,
    '',
    w('minutes.nextMeeting', { date: date(summary.nextMeetingDate) }),
  ];
  const text = lines.join('\n');
  return text.length <= MULTI_LINE_MAX ? text : `${text.slice(0, MULTI_LINE_MAX - 1)}…`;
}

/** Text people typed, made inert in Markdown (and so in the chat's HTML). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** Markdown for the meeting chat: what was decided, who does what, when the partners meet next. */
export function recapText(summary: MeetingSummary, words: MinutesWords): string {
  const w = (id: AgendaMessageId, values?: AgendaValues) => words(say(id, values));
  const outcomes = outcomeLists(summary, words, md);
  const lines = [
    `**${w('minutes.recapTitle', { council: md(summary.council), date: date(summary.meetingDate) })}**`,
    '',
    `**${w('minutes.decisions')}**`,
    ...outcomes.decisions,
    '',
    `**${w('minutes.actions')}**`,
    ...outcomes.actions,
    '',
    `**${w('minutes.nextMeeting', { date: date(summary.nextMeetingDate) })}**`,
  ];
  return lines.join('\n');
}
