import type { IsoDate } from '../plan';

/**
 * What the agenda says (titles, reasons, notes) as message ids with values rather than finished
 * sentences: the engine is pure and knows no language, so the reader's catalogue words it (see
 * i18n/agenda-text.ts). Dates stay ISO values until then, so each reader sees them in their own
 * language; people's own words (an action's title, a typed reason) are kept as they were written.
 */

/** The messages the agenda engine uses; each is a key of every catalogue (i18n/agenda-text.ts checks). */
export const AGENDA_MESSAGES = [
  'agenda.reason.raisedLast',
  'agenda.reason.noDue.open',
  'agenda.reason.noDue.inProgress',
  'agenda.reason.overdue',
  'agenda.reason.dueToday.open',
  'agenda.reason.dueToday.inProgress',
  'agenda.reason.dueBeforeNext.open',
  'agenda.reason.dueBeforeNext.inProgress',
  'agenda.reason.due.open',
  'agenda.reason.due.inProgress',
  'agenda.reason.concern',
  'agenda.reason.concernInMonth',
  'agenda.reason.offer.noDate',
  'agenda.reason.offer.late',
  'agenda.reason.offer.now',
  'agenda.reason.offer.soon',
  'agenda.offer.state.tbc',
  'agenda.offer.state.no',
  'agenda.offer.state.unconfirmed',
  'agenda.reason.strand.idle',
  'agenda.reason.strand.unranked',
  'agenda.reason.strand.busy',
  'agenda.part.withOverdue',
  'agenda.reason.updates.since',
  'agenda.reason.updates.sinceNamed',
  'agenda.reason.updates.first',
  'agenda.reason.updates.firstNamed',
  'agenda.reason.planChanges.signed',
  'agenda.reason.planChanges.shared',
  'agenda.part.sectionRows',
  'agenda.reason.unsignedBy',
  'agenda.reason.unsignedByBoth',
  'agenda.reason.signedBy',
  'agenda.reason.signedByOn',
  'agenda.reason.custom',
  'agenda.title.untitledAction',
  'agenda.title.actionsClosed',
  'agenda.title.concern',
  'agenda.title.concernIn',
  'agenda.title.notDescribed',
  'agenda.title.offer.recruitmentHelp',
  'agenda.title.offer.practicalSupport',
  'agenda.title.offer.offersOfHelp',
  'agenda.title.offer.completionFacilities',
  'agenda.title.strand',
  'agenda.title.strandUnranked',
  'agenda.title.checklist',
  'agenda.title.updates',
  'agenda.title.planChanges.signed',
  'agenda.title.planChanges.shared',
  'agenda.title.unsigned',
  'agenda.note.noSavedAgenda',
  'agenda.note.unreadableAgenda',
  'minutes.meetingOf',
  'minutes.attendees',
  'minutes.attendees.none',
  'minutes.summary',
  'minutes.concernsRaised',
  'minutes.concernsResolved',
  'minutes.updates',
  'minutes.notReached',
  'minutes.agenda',
  'minutes.agendaLine',
  'minutes.decisions',
  'minutes.decisions.none',
  'minutes.actions',
  'minutes.actions.none',
  'minutes.outcome.raised',
  'minutes.outcome.done',
  'minutes.outcome.dropped',
  'minutes.outcome.updated',
  'minutes.change.owner',
  'minutes.change.due',
  'minutes.due',
  'minutes.none',
  'minutes.nextMeeting',
  'minutes.recapTitle',
  'agenda.error.meetingDate',
  'agenda.error.nextDate',
  'agenda.error.nextBefore',
  'agenda.error.previousAfter',
  'agenda.error.otherPlan',
  'agenda.error.noMeetingKey',
  'agenda.error.nextAfter',
  'agenda.error.noAction',
  'agenda.error.actionStatus',
  'agenda.error.targetMinutes',
  'agenda.error.noItem',
  'agenda.error.itemMinutes',
  'agenda.error.position',
  'agenda.error.noTitle',
  'agenda.error.titleLength',
  'agenda.error.notLater',
] as const;

/** Messages with a form per plural category, chosen by `count`. */
export const AGENDA_PLURALS = [
  'agenda.reason.actionsClosed',
  'agenda.reason.checklist.started',
  'agenda.reason.checklist.begun',
  'agenda.reason.carried',
  'agenda.reason.carriedFlagged',
  'agenda.count.openActions',
  'agenda.count.offersUnconfirmed',
  'agenda.count.concerns',
  'agenda.count.updates',
  'agenda.count.otherSections',
  'agenda.count.more',
  'agenda.count.minutes',
  'agenda.note.leftOut',
  'minutes.count.items',
  'minutes.count.min',
  'minutes.count.moreItems',
  'minutes.agendaLine.flagged',
] as const;

export type AgendaMessageId = (typeof AGENDA_MESSAGES)[number];
export type AgendaPluralId = (typeof AGENDA_PLURALS)[number];

/** A value put into a message. A plain string is someone's own words, shown as written. */
export type AgendaValue =
  | string
  | number
  | { readonly date: IsoDate }
  /** A word of the plan's schema (a priority, a phase, a section title), in the reader's language. */
  | { readonly schema: string }
  | { readonly message: AgendaMessage }
  /** Joined as "a, b and c" in the reader's language. */
  | { readonly list: readonly AgendaValue[] };

export type AgendaValues = Readonly<Record<string, AgendaValue>>;

export type AgendaMessage =
  | { readonly id: AgendaMessageId; readonly values?: AgendaValues }
  | { readonly id: AgendaPluralId; readonly count: number; readonly values?: AgendaValues };

/** Words someone typed, or text an agenda saved before messages had ids: shown as written. */
export interface AgendaVerbatim {
  readonly text: string;
}

/** A title, a reason or a note: sentences shown one after another. */
export type AgendaText = readonly (AgendaMessage | AgendaVerbatim)[];

/** One message as a text. */
export function say(id: AgendaMessageId, values?: AgendaValues): AgendaText {
  return [message(id, values)];
}

export function message(id: AgendaMessageId, values?: AgendaValues): AgendaMessage {
  return values ? { id, values } : { id };
}

/** A message whose form depends on `count` (its "{count}" is filled with it too). */
export function counted(id: AgendaPluralId, count: number, values?: AgendaValues): AgendaMessage {
  return values ? { id, count, values } : { id, count };
}

export function verbatim(text: string): AgendaText {
  return [{ text }];
}

export function date(iso: IsoDate): AgendaValue {
  return { date: iso };
}

/** The words as written, when the text is only someone's own words (an action's or a custom item's title). */
export function verbatimOf(text: AgendaText): string | undefined {
  return text.length === 1 && 'text' in text[0]! ? text[0].text : undefined;
}
