import { isUnresolved, planInsights, priorityRank, type StrandInsight } from '../../plan/insights';
import type { StrandId } from '../../plan';
import { count, listing } from '../format';
import { STRAND_MINUTES } from '../minutes';
import type { AgendaItem, RowRef } from '../types';
import { refOf, type RuleContext } from './context';
import { unconfirmedOffers } from './offers';

/**
 * One item per strand that has anything open (actions, unconfirmed offers, unresolved concerns),
 * plus every High-priority strand even when nothing is open, since a High strand with no activity
 * planned is itself worth a word. Ordered High, Medium, Low, not ranked, then by strand number.
 */
export function strandItems(context: RuleContext): AgendaItem[] {
  const { plan } = context;
  const insights = planInsights(plan, context.meetingDate);
  const openRows = new Map<StrandId, RowRef[]>(insights.strands.map((s) => [s.strand, s.openActionRows.map(refOf)]));
  const offers = new Map<StrandId, number>();
  for (const offer of unconfirmedOffers(plan)) {
    openRows.get(offer.strand)!.push(offer.ref);
    offers.set(offer.strand, (offers.get(offer.strand) ?? 0) + 1);
  }
  const concerns = plan.sections.concernsRaised.filter(isUnresolved);
  openRows.get(3)!.push(...concerns.map(refOf));

  const discussed = insights.strands
    .filter((s) => s.priority === 'High' || openRows.get(s.strand)!.length > 0)
    .sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority) || a.strand - b.strand);
  return discussed.map((s) => {
    const openParts = [
      ...(s.openActions > 0 ? [actionsPart(s)] : []),
      ...(offers.get(s.strand) ? [`${count(offers.get(s.strand)!, 'offer')} not confirmed`] : []),
      ...(s.strand === 3 && concerns.length > 0 ? [count(concerns.length, 'unresolved concern')] : []),
    ];
    return {
      id: `strand:${s.strand}`,
      kind: 'strand',
      title: `Strand ${s.strand}: ${s.short} (${s.priority ? `${s.priority} priority` : 'not ranked'})`,
      reason: strandReason(s, openParts),
      minutes: STRAND_MINUTES[s.priority ?? 'unranked'],
      rows: [...(s.priorityRow ? [refOf(s.priorityRow)] : []), ...openRows.get(s.strand)!],
      strand: s.strand,
      flagged: false,
    };
  });
}

function actionsPart(s: StrandInsight): string {
  const open = count(s.openActions, 'open action');
  return s.overdueActions > 0 ? `${open} (${s.overdueActions} overdue)` : open;
}

function strandReason(s: StrandInsight, openParts: readonly string[]): string {
  if (openParts.length === 0) return `${s.priority} local priority, but nothing is open: agree what to do next.`;
  if (s.priority === null) return `Not yet ranked, with ${listing(openParts)}: agree its local priority.`;
  return `${s.priority} local priority, with ${listing(openParts)}.`;
}
