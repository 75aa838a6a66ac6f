import { PLAN_ID_PATTERN, ROW_SECTIONS, sectionById, type AnyRow, type Plan, type RowSectionId } from '../../../plan';
import type { GraphListItem } from '../graph-types';
import { itemsUrl } from '../requests/items';
import { readAllPages } from '../requests/pages';
import { compareRows, rowFromItem, selectedFields } from '../row-mapping';
import type { StoreContext } from './context';

/** The most SharePoint gives in one page of a list read: the fewer pages, the fewer resource units. */
const SITE_WIDE_PAGE = 5000;

/**
 * Every plan on the site with only some of its sections, read list by list rather than plan by
 * plan: one multi-item read (2 resource units) per 5,000 rows of each list, all in one round of
 * `$batch`es, so three hundred councils cost a few dozen units instead of a plan read each.
 * The other sections come back empty. Rows are paged by item id, which needs no index and stays
 * clear of the list view threshold.
 */
export async function loadPlansWithSections(ctx: StoreContext, sections: readonly RowSectionId[]): Promise<Plan[]> {
  const siteId = await ctx.directory.siteId();
  const wanted = [sectionById('plan'), ...sections.map((id) => sectionById(id))];
  const reads = await Promise.all(
    wanted.map(async (section) => ({
      id: section.id,
      url: itemsUrl(siteId, await ctx.directory.listId(section), { fields: selectedFields(section), top: SITE_WIDE_PAGE }),
    })),
  );
  const pages = await readAllPages<GraphListItem>(ctx.batch, ctx.baseUrl, reads);
  const rowsOf = (id: string): AnyRow[] => (pages.get(id)?.items ?? []).map((item) => rowFromItem(sectionById(id as RowSectionId), item));
  const byPlan = new Map<string, Record<string, AnyRow[]>>();
  for (const header of rowsOf('plan')) {
    if (PLAN_ID_PATTERN.test(header.key)) byPlan.set(header.key, {});
  }
  for (const id of sections) {
    for (const row of rowsOf(id)) {
      const plan = byPlan.get(row.planId);
      if (plan) (plan[id] ??= []).push(row);
    }
  }
  const headers = new Map(rowsOf('plan').map((row) => [row.key, row]));
  return [...byPlan].map(([planId, found]) => {
    const all = Object.fromEntries(ROW_SECTIONS.map((section) => [section.id, (found[section.id] ?? []).sort(compareRows)]));
    // Rows are built from the schema itself, so each section's rows have that section's values.
    return { header: headers.get(planId)!, sections: all } as unknown as Plan;
  });
}

