import { SECTIONS, type SectionDef } from '../../../plan';
import type { ProvisionStep } from '../../port';
import { columnsFor } from '../column-definitions';
import type { GraphColumn } from '../graph-types';
import { addColumn, columnsUrl } from '../requests/columns';
import { createList } from '../requests/lists';
import { readAllPages } from '../requests/pages';
import type { StoreContext } from './context';

async function createMissingList(ctx: StoreContext, siteId: string, section: SectionDef): Promise<ProvisionStep> {
  const columns = columnsFor(section);
  const list = await createList(ctx.http, siteId, section.list, columns);
  await ctx.directory.remember(section, list.id);
  return { list: section.list, action: 'created', columnsAdded: columns.map((c) => c.name) };
}

async function addMissingColumns(
  ctx: StoreContext,
  siteId: string,
  section: SectionDef,
  listId: string,
  existing: ReadonlySet<string>,
): Promise<ProvisionStep> {
  const missing = columnsFor(section).filter((c) => !existing.has(c.name));
  // One at a time: SharePoint serialises schema changes to a list anyway.
  for (const column of missing) await addColumn(ctx.http, siteId, listId, column);
  return missing.length === 0
    ? { list: section.list, action: 'up to date', columnsAdded: [] }
    : { list: section.list, action: 'columns added', columnsAdded: missing.map((c) => c.name) };
}

/**
 * Brings the site up to the schema: creates each missing list with all its columns and adds
 * missing columns to lists that exist. Never drops or changes a list or column, so it is safe to
 * run again; a second run reports every list "up to date". Lists are handled in parallel and each
 * is reported as it finishes; the result is in schema order.
 */
export async function provisionSite(ctx: StoreContext, onStep?: (step: ProvisionStep) => void): Promise<ProvisionStep[]> {
  ctx.directory.refresh();
  const siteId = await ctx.directory.siteId();
  const lists = await Promise.all(SECTIONS.map(async (section) => ({ section, listId: await ctx.directory.findList(section) })));
  const columnReads = lists.flatMap(({ section, listId }) => (listId ? [{ id: section.id, url: columnsUrl(siteId, listId) }] : []));
  const columns = await readAllPages<GraphColumn>(ctx.batch, ctx.baseUrl, columnReads);
  return Promise.all(
    lists.map(async ({ section, listId }) => {
      const step = listId
        ? await addMissingColumns(ctx, siteId, section, listId, new Set(columns.get(section.id)?.items.map((c) => c.name)))
        : await createMissingList(ctx, siteId, section);
      onStep?.(step);
      return step;
    }),
  );
}
