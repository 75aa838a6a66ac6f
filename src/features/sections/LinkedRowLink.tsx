import { isSectionId, sectionById, type AnyRow } from '../../plan';
import { RouteLink } from '../../components/RouteLink';
import { LINK_FIELDS } from '../../lib/plan-pages';
import { findRow } from '../../plan/plan-rows';
import { useCurrentPlan } from '../../lib/plan-context';
import { pathFor } from '../../lib/routes';
import { useMessages } from '../../i18n';
import { rowLabel } from './action-from-row';

/** Where an action or decision came from, as a link to that row. */
export function LinkedRowLink({ row }: { row: AnyRow }) {
  const t = useMessages();
  const { plan, planId } = useCurrentPlan();
  const sectionId = row.values[LINK_FIELDS.section];
  const rowKey = row.values[LINK_FIELDS.row];
  if (typeof sectionId !== 'string' || !isSectionId(sectionId)) return null;
  const section = sectionById(sectionId);
  const linked = typeof rowKey === 'string' ? findRow(plan, sectionId, rowKey) : undefined;
  const to = pathFor('section', { planId, sectionId }, { row: typeof rowKey === 'string' ? rowKey : undefined });
  return <RouteLink to={to}>{linked ? `${t.schema(section.title)}: ${rowLabel(section, linked)}` : t.schema(section.title)}</RouteLink>;
}
