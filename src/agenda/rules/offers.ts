import { sectionById, type FieldValue, type IsoDate, type Plan, type RowMeta, type RowSectionId, type SectionDef, type StrandId } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { MINUTES } from '../minutes';
import { date, message, say, type AgendaMessageId, type AgendaText } from '../text';
import type { AgendaItem, RowRef } from '../types';
import { refOf, sortedValues, sortEntry, type RuleContext } from './context';
import { rowItemId } from '../item-rows';

/**
 * Offers and support the council has made, from the four tables that record them. Each table
 * names its columns differently; this is the one place that reads them as "what, needed when,
 * confirmed or not".
 */
export interface Offer {
  readonly ref: RowRef;
  /** The table's noun and what is offered as written: the order among offers needed on one day. */
  readonly sortTitle: string;
  readonly title: AgendaText;
  readonly strand: StrandId;
  readonly neededFrom: IsoDate | null;
  readonly neededUntil: IsoDate | null;
  /** 'Yes', 'No', 'TBC' or null. Completion facilities count "CEM briefed council staff". */
  readonly confirmed: string | null;
}

type OfferRow = RowMeta & { readonly section: RowSectionId; readonly values: Readonly<Record<string, FieldValue>> };

/** Which columns of a table say what is offered, when it is needed and whether it is confirmed. */
interface OfferColumns {
  /** Orders offers of different tables needed on the same day (the same in every language). */
  readonly noun: string;
  readonly what: string;
  readonly from: string;
  readonly until?: string;
  readonly confirmed: string;
}

const OFFER_TABLES = {
  recruitmentHelp: { noun: 'Recruitment help', what: 'ProposedHelp', from: 'NeededFrom', until: 'NeededUntil', confirmed: 'Confirmed' },
  practicalSupport: { noun: 'Practical support', what: 'Description', from: 'NeededFrom', until: 'NeededUntil', confirmed: 'Confirmed' },
  offersOfHelp: { noun: 'Offer of help', what: 'Offer', from: 'OfferDate', confirmed: 'Confirmed' },
  completionFacilities: { noun: 'Completion facility', what: 'Facility', from: 'NeededFrom', confirmed: 'StaffBriefed' },
} as const satisfies Partial<Record<RowSectionId, OfferColumns>>;

/** The columns of an offer table that say when it is needed and whether it is confirmed; undefined for any other section. */
export function offerColumnsOf(section: string): { readonly from: string; readonly confirmed: string } | undefined {
  return (OFFER_TABLES as Partial<Record<string, OfferColumns>>)[section];
}

function offer(row: OfferRow, columns: OfferColumns): Offer {
  const { values } = row;
  const section: SectionDef = sectionById(row.section);
  const what = textOf(values[columns.what]);
  return {
    ref: refOf(row),
    sortTitle: `${columns.noun}: ${what ?? 'not described'}`,
    title: say(`agenda.title.offer.${row.section}` as AgendaMessageId, { what: what ?? { message: message('agenda.title.notDescribed') } }),
    strand: section.strand as StrandId,
    neededFrom: dateOf(values[columns.from]),
    neededUntil: columns.until ? dateOf(values[columns.until]) : null,
    confirmed: textOf(values[columns.confirmed]),
  };
}

/** Every offer of the plan that is not confirmed ("Yes"), whatever its date. */
export function unconfirmedOffers(plan: Plan): Offer[] {
  const offers: Offer[] = [];
  for (const [section, columns] of Object.entries(OFFER_TABLES) as [keyof typeof OFFER_TABLES, OfferColumns][]) {
    for (const row of plan.sections[section] as readonly OfferRow[]) {
      const o = offer(row, columns);
      if (o.confirmed !== 'Yes') offers.push(o);
    }
  }
  return offers;
}

/**
 * Unconfirmed offers needed before the next meeting (including ones whose date has passed) and
 * those with no date at all ("TBC"), earliest first, undated last; ties by title, then row key.
 */
export function offerItems({ plan, meetingDate, nextMeetingDate }: RuleContext): AgendaItem[] {
  const due = unconfirmedOffers(plan)
    .filter((o) => o.neededFrom === null || o.neededFrom < nextMeetingDate)
    .map((o) => sortEntry(o, o.neededFrom, o.sortTitle, o.ref.key));
  return sortedValues(due).map((o) => ({
    id: rowItemId('offer', o.ref.key),
    kind: 'offer',
    title: o.title,
    reason: offerReason(o, meetingDate, nextMeetingDate),
    minutes: MINUTES.offer,
    rows: [o.ref],
    strand: o.strand,
    ...(o.neededFrom !== null && { due: o.neededFrom }),
    flagged: false,
  }));
}

function offerReason(o: Offer, meetingDate: IsoDate, nextMeetingDate: IsoDate): AgendaText {
  const state = { message: message(o.confirmed === 'TBC' ? 'agenda.offer.state.tbc' : o.confirmed === 'No' ? 'agenda.offer.state.no' : 'agenda.offer.state.unconfirmed') };
  if (o.neededFrom === null) return say('agenda.reason.offer.noDate', { state });
  const end = o.neededUntil ?? o.neededFrom;
  if (end < meetingDate) return say('agenda.reason.offer.late', { date: date(end), state });
  if (o.neededFrom <= meetingDate) return say('agenda.reason.offer.now', { date: date(o.neededFrom), state });
  return say('agenda.reason.offer.soon', { date: date(o.neededFrom), next: date(nextMeetingDate), state });
}
