import { sectionById, type SectionDef, type SectionId } from '../../../plan';
import { StorageError } from '../../errors';
import type { ChangeBatch, RowChange } from '../../port';
import type { GraphListItem } from '../graph-types';
import { successBody } from '../requests/batch';
import { deltaUrl } from '../requests/delta';
import { itemUrl } from '../requests/items';
import { readAllPages } from '../requests/pages';
import { rowFromItem, selectedFields } from '../row-mapping';
import { decodeCursor, encodeCursor } from './change-cursor';
import type { StoreContext } from './context';

interface Seen {
  readonly section: SectionDef;
  readonly listId: string;
  readonly item: GraphListItem;
}

/** The delta feed may repeat an item; its last appearance is its state. */
function lastOccurrences(items: readonly GraphListItem[]): GraphListItem[] {
  const byId = new Map<string, GraphListItem>();
  for (const item of items) {
    byId.delete(item.id);
    byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * Items that came without their fields (a delta link need not keep `$expand`) are read in one
 * `$batch`; one that has gone meanwhile is reported deleted.
 */
async function toChanges(ctx: StoreContext, siteId: string, seen: readonly Seen[]): Promise<RowChange[]> {
  const bare = seen.filter((s) => !s.item.deleted && s.item.fields === undefined);
  const reads = await ctx.batch.send(
    bare.map((s, i) => ({ id: String(i), method: 'GET' as const, url: itemUrl(siteId, s.listId, s.item.id, selectedFields(s.section)) })),
  );
  const answers = new Map(bare.map((s, i) => [s, reads.get(String(i))] as const));
  return seen.map((entry): RowChange => {
    const { section, item } = entry;
    const answer = answers.get(entry);
    if (item.deleted || answer?.status === 404) return { kind: 'delete', section: section.id as SectionId, id: item.id };
    return { kind: 'upsert', row: rowFromItem(section, answer ? successBody<GraphListItem>(answer) : item) };
  });
}

/**
 * What changed in the sections' lists since the cursor, for every plan on the site: one `$batch`
 * of list-item delta reads per poll. Without a cursor (or for a section new to it) the delta
 * starts at `token=latest`, so only later changes count. A link the service no longer honours
 * (410 Gone) restarts that list from a full enumeration, whose rows are all reported as upserts.
 */
export async function readChanges(ctx: StoreContext, sectionIds: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
  const known = cursor ? decodeCursor(cursor) : {};
  const sections = [...new Set(sectionIds)].map((id) => sectionById(id) as SectionDef);
  const siteId = await ctx.directory.siteId();
  const listIds = new Map(await Promise.all(sections.map(async (s) => [s.id, await ctx.directory.listId(s)] as const)));
  const start = (section: SectionDef, from: 'latest' | 'everything'): string =>
    deltaUrl(siteId, listIds.get(section.id) ?? '', selectedFields(section), from);
  const pages = await readAllPages<GraphListItem>(
    ctx.batch,
    ctx.baseUrl,
    sections.map((s) => ({ id: s.id, url: known[s.id] ?? start(s, 'latest') })),
    { restartUrl: (id) => start(sectionById(id as SectionId), 'everything') },
  );
  const links: Record<string, string> = {};
  const seen: Seen[] = [];
  const resynced: SectionId[] = [];
  for (const section of sections) {
    const result = pages.get(section.id);
    if (!result?.deltaLink) {
      throw new StorageError(0, 'noDeltaLink', `SharePoint ended the changes of "${section.list}" without a link to continue from.`);
    }
    links[section.id] = result.deltaLink;
    if (result.restarted) resynced.push(section.id as SectionId);
    // A section the cursor did not know starts from now: nothing before counts as a change.
    if (!known[section.id] && !result.restarted) continue;
    const listId = listIds.get(section.id) ?? '';
    for (const item of lastOccurrences(result.items)) seen.push({ section, listId, item });
  }
  return { changes: await toChanges(ctx, siteId, seen), cursor: encodeCursor(links), ...(resynced.length > 0 && { resynced }) };
}
