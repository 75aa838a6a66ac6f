import { SECTIONS, SYSTEM_FIELDS, type AnyRow, type SectionDef } from '../../src/plan';
import { rowFromItem } from '../../src/storage/graph/row-mapping';

/**
 * The loader people write first, kept here only as the benchmark's yardstick (never used by the
 * app): read the site's lists, then for each list in turn one GET with `expand=fields` (every
 * column) and the default page size, following `@odata.nextLink` until the list is done.
 */

interface Page<T> {
  readonly value?: T[];
  readonly '@odata.nextLink'?: string;
}

async function getJson<T>(fetchImpl: typeof fetch, url: string): Promise<T> {
  const response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function everyPage<T>(fetchImpl: typeof fetch, firstUrl: string): Promise<T[]> {
  const items: T[] = [];
  for (let url: string | undefined = firstUrl; url; ) {
    const page: Page<T> = await getJson<Page<T>>(fetchImpl, url);
    items.push(...(page.value ?? []));
    url = page['@odata.nextLink'];
  }
  return items;
}

/** Every row of the plan, header included, one request after another. */
export async function naiveLoadPlan(fetchImpl: typeof fetch, graphBaseUrl: string, siteId: string, planId: string): Promise<AnyRow[]> {
  const site = `${graphBaseUrl}/sites/${encodeURIComponent(siteId)}`;
  const lists = await everyPage<{ id: string; displayName: string }>(fetchImpl, `${site}/lists`);
  const rows: AnyRow[] = [];
  for (const section of SECTIONS as readonly SectionDef[]) {
    const list = lists.find((l) => l.displayName === section.list);
    if (!list) throw new Error(`The site has no "${section.list}" list.`);
    const column = section.id === 'plan' ? SYSTEM_FIELDS.clientKey.name : SYSTEM_FIELDS.planId.name;
    const filter = encodeURIComponent(`fields/${column} eq '${planId}'`);
    const items = await everyPage<Parameters<typeof rowFromItem>[1]>(fetchImpl, `${site}/lists/${list.id}/items?expand=fields&$filter=${filter}`);
    rows.push(...items.map((item) => rowFromItem(section, item)));
  }
  return rows;
}
