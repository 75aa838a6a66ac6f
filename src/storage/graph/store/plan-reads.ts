import {
  PLAN_ID_PATTERN,
  ROW_SECTIONS,
  SECTIONS,
  SYSTEM_FIELDS,
  sectionById,
  type AnyRow,
  type Plan,
  type PlanSummary,
  type SectionDef,
} from '../../../plan';
import { NotFoundError } from '../../errors';
import type { GraphListItem } from '../graph-types';
import { fieldEquals } from '../odata';
import { itemsUrl } from '../requests/items';
import { readAllPages } from '../requests/pages';
import { compareRows, rowFromItem, selectedFields } from '../row-mapping';
import type { StoreContext } from './context';

const planHeader = sectionById('plan');

/**
 * A whole plan: the header (LAPP Plans, by ClientKey) and every section's rows (by PlanId), one
 * filtered read per list, all in the same round of `$batch`es; a list longer than a page adds a
 * round for its next pages. Rows come sorted by SortOrder, then creation.
 */
export async function loadPlanRows(ctx: StoreContext, planId: string): Promise<Plan> {
  if (!PLAN_ID_PATTERN.test(planId)) throw new NotFoundError(`There is no plan "${planId}": plan ids are lower-case letters, digits and hyphens.`);
  const siteId = await ctx.directory.siteId();
  const reads = await Promise.all(
    SECTIONS.map(async (section: SectionDef) => ({
      id: section.id,
      url: itemsUrl(siteId, await ctx.directory.listId(section), {
        fields: selectedFields(section),
        filter: fieldEquals(section.id === planHeader.id ? SYSTEM_FIELDS.clientKey.name : SYSTEM_FIELDS.planId.name, planId),
        top: ctx.pageSize,
      }),
    })),
  );
  const pages = await readAllPages<GraphListItem>(ctx.batch, ctx.baseUrl, reads);
  const rowsOf = (section: SectionDef): AnyRow[] =>
    (pages.get(section.id)?.items ?? []).map((item) => rowFromItem(section, item)).sort(compareRows);
  const header = rowsOf(planHeader)[0];
  if (!header) throw new NotFoundError(`There is no plan "${planId}" on this site.`);
  const sections = Object.fromEntries(ROW_SECTIONS.map((section) => [section.id, rowsOf(section)]));
  // Rows are built from the schema itself, so each section's rows have that section's values.
  return { header, sections } as unknown as Plan;
}

/**
 * Every plan on the site, by council name. A header row whose key is not a plan id (typed into
 * the SharePoint list by hand, say) is no plan the app can open, so it is left out rather than
 * breaking "My plans" and the roll-up for everyone.
 */
export async function listPlanSummaries(ctx: StoreContext): Promise<PlanSummary[]> {
  const siteId = await ctx.directory.siteId();
  const url = itemsUrl(siteId, await ctx.directory.listId(planHeader), {
    fields: selectedFields(planHeader),
    top: ctx.pageSize,
  });
  const pages = await readAllPages<GraphListItem>(ctx.batch, ctx.baseUrl, [{ id: 'plans', url }]);
  return (pages.get('plans')?.items ?? [])
    .map((item) => rowFromItem(planHeader, item))
    .filter((row) => PLAN_ID_PATTERN.test(row.key))
    .map((row) => ({
      id: row.key,
      council: String(row.values['CouncilName'] ?? ''),
      census: String(row.values['Census'] ?? ''),
      modified: row.modified,
      header: row.values as PlanSummary['header'],
    }))
    .sort((a, b) => a.council.localeCompare(b.council, 'en-GB'));
}
