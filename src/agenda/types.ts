import { CAMPAIGN_PHASES, type IsoDate, type SectionId, type StrandId } from '../plan';
import type { AgendaText } from './text';

/** What an agenda item is about; each kind comes from one rule (see ./rules). */
export const ITEM_KINDS = [
  'action',
  'actions-closed',
  'concern',
  'offer',
  'strand',
  'checklist',
  'updates',
  'plan-changes',
  'plan-unsigned',
  'custom',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Where the campaign is on a date: before the Announce phase starts it is 'Preparation'. */
export const CAMPAIGN_STAGES = ['Preparation', ...CAMPAIGN_PHASES] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];

/** A row of the plan behind an item: enough to open it (section and storage id) or to find it again (key). */
export interface RowRef {
  readonly section: SectionId;
  readonly key: string;
  readonly id: string;
}

export interface Carry {
  /** The meeting whose agenda first had the item. */
  readonly firstOn: IsoDate;
  /** How many meetings in a row it has come back: 1 the first time it is carried. */
  readonly times: number;
}

export interface AgendaItem {
  /**
   * Stable across meetings ('action:<rowKey>', 'strand:4', 'checklist:Address', 'plan:unsigned'),
   * so the next meeting can tell that an item has come back.
   */
  readonly id: string;
  readonly kind: ItemKind;
  /** In the reader's language when rendered (i18n/agenda-text.ts); an action's own title as written. */
  readonly title: AgendaText;
  /** Why the item is on the agenda, a sentence or two. */
  readonly reason: AgendaText;
  /** Suggested time in whole minutes. */
  readonly minutes: number;
  readonly rows: readonly RowRef[];
  /** Set when a saved agenda had to shorten `rows` to fit in one SharePoint cell. */
  readonly rowsOmitted?: number;
  readonly strand?: StrandId;
  /** The owner's display name, for actions (never the email). */
  readonly owner?: string;
  /** When the thing is due or needed (an action's due date, an offer's date needed). */
  readonly due?: IsoDate;
  readonly carried?: Carry;
  /** "Decide now": carried three times and still without an owner or a date (see carry.ts). */
  readonly flagged: boolean;
  /** Added by hand before the meeting rather than proposed from the plan. */
  readonly custom?: boolean;
}

export interface Agenda {
  readonly planId: string;
  readonly meetingDate: IsoDate;
  readonly nextMeetingDate: IsoDate;
  readonly phase: CampaignStage;
  /** The meeting this agenda follows on from, when there was one. */
  readonly previousMeetingDate?: IsoDate;
  readonly items: readonly AgendaItem[];
  readonly totalMinutes: number;
  /** How long the meeting is planned to take; absent in agendas saved before meetings had one. */
  readonly targetMinutes?: number;
  /** Items proposed for next time because they did not fit in `targetMinutes` (see fit.ts). */
  readonly later?: readonly AgendaItem[];
  /** Things the people preparing the meeting should know about the agenda itself. */
  readonly notes: readonly AgendaText[];
}
