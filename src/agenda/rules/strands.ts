import { isUnresolved, priorityRank, strandPriorities, type StrandPriority } from '../../plan/progress';
import { STRAND_MINUTES } from '../minutes';
import { counted, say, type AgendaText, type AgendaValue } from '../text';
import type { AgendaItem, RowRef } from '../types';
import { refOf, sortDay, type RuleContext } from './context';
import { unconfirmedOffers } from './offers';

/** A strand's priority and what is open in it, as its item tells it. */
interface StrandActivity extends StrandPriority {
  openActions: number;
  overdueActions: number;
  offers: number;
  concerns: number;
  /** The priority row, then the open actions (in plan order), offers and concerns. */
  readonly rows: RowRef[];
}

/**
 * One item per strand that has anything open (actions, unconfirmed offers, unresolved concerns),
 * plus every High-priority strand even when nothing is open, since a High strand with no activity
 * planned is itself worth a word. Ordered High, Medium, Low, not ranked, then by strand number.
 */
export function strandItems(context: RuleContext): AgendaItem[] {
  const discussed = strandActivity(context)
    .filter((s) => s.priority === 'High' || s.openActions + s.offers + s.concerns > 0)
    .sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority) || a.strand - b.strand);
  return discussed.map((s) => {
    const openParts: AgendaValue[] = [
      ...(s.openActions > 0 ? [actionsPart(s)] : []),
      ...(s.offers > 0 ? [{ message: counted('agenda.count.offersUnconfirmed', s.offers) }] : []),
      ...(s.concerns > 0 ? [{ message: counted('agenda.count.concerns', s.concerns) }] : []),
    ];
    const short = { schema: s.short };
    return {
      id: `strand:${s.strand}`,
      kind: 'strand',
      title: s.priority
        ? say('agenda.title.strand', { strand: s.strand, short, priority: { schema: s.priority } })
        : say('agenda.title.strandUnranked', { strand: s.strand, short }),
      reason: strandReason(s, openParts),
      minutes: STRAND_MINUTES[s.priority ?? 'unranked'],
      rows: s.rows,
      strand: s.strand,
      flagged: false,
    };
  });
}

/**
 * Each strand's priority (as planProgress reads it) and its open work.
 * The actions come from the facts the action rule read too, so a big plan's actions are not read
 * again; open and overdue mean what isOpen and isOverdue (plan/progress) say.
 */
function strandActivity({ plan, meetingDate, actions }: RuleContext): StrandActivity[] {
  const activity = strandPriorities(plan).map(
    (s): StrandActivity => ({ ...s, openActions: 0, overdueActions: 0, offers: 0, concerns: 0, rows: s.priorityRow ? [refOf(s.priorityRow)] : [] }),
  );
  const today = sortDay(meetingDate);
  // An index loop: thousands of actions, and no iterator to allocate if this runs unoptimised.
  for (let i = 0; i < actions.open.length; i += 1) {
    const action = actions.open[i]!;
    if (action.strand === undefined) continue;
    const s = activity[action.strand - 1]!;
    s.openActions += 1;
    // Due before the meeting, compared as day numbers (as the order does): what isOverdue means.
    if (action.day < today) s.overdueActions += 1;
    s.rows.push(action.ref);
  }
  for (const offer of unconfirmedOffers(plan)) {
    const s = activity[offer.strand - 1]!;
    s.offers += 1;
    s.rows.push(offer.ref);
  }
  // The council's concerns are about community liaison: strand 3.
  const liaison = activity[2]!;
  for (const concern of plan.sections.concernsRaised.filter(isUnresolved)) {
    liaison.concerns += 1;
    liaison.rows.push(refOf(concern));
  }
  return activity;
}

/**
 * The items with each strand's links to actions that have an item of their own in `listed` taken
 * out: an action listed above is discussed there, so the strand does not bring it up again (the
 * side panel would otherwise show its controls twice). Its reason still counts them.
 */
export function withoutListedActions(items: readonly AgendaItem[], listed: readonly AgendaItem[]): AgendaItem[] {
  const ownItems = new Set<string>();
  for (const item of listed) if (item.kind === 'action') ownItems.add(item.id);
  if (ownItems.size === 0) return [...items];
  return items.map((item) => {
    if (item.kind !== 'strand') return item;
    const rows = item.rows.filter((ref) => ref.section !== 'actions' || !ownItems.has(`action:${ref.key}`));
    return rows.length === item.rows.length ? item : { ...item, rows };
  });
}

function actionsPart(s: StrandActivity): AgendaValue {
  const open = { message: counted('agenda.count.openActions', s.openActions) };
  return s.overdueActions > 0 ? { message: { id: 'agenda.part.withOverdue', values: { open, overdue: s.overdueActions } } } : open;
}

function strandReason(s: StrandActivity, openParts: readonly AgendaValue[]): AgendaText {
  // Only a ranked (High) strand is discussed with nothing open, so an idle one always has a priority.
  const priority = { schema: s.priority ?? '' };
  if (openParts.length === 0) return say('agenda.reason.strand.idle', { priority });
  const parts = { list: openParts };
  return s.priority === null ? say('agenda.reason.strand.unranked', { parts }) : say('agenda.reason.strand.busy', { priority, parts });
}
