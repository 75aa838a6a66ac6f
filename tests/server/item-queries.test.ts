import { insertItem } from '../../src/server/stand-in/db/items-repo';
import { findList } from '../../src/server/stand-in/db/lists-repo';
import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

const COLUMNS = [
  { name: 'Code', displayName: 'Code', indexed: true, text: { allowMultipleLines: false } },
  { name: 'Owner', displayName: 'Owner', indexed: true, text: { allowMultipleLines: false } },
  { name: 'Rank', displayName: 'Rank', indexed: true, number: {} },
  { name: 'Due', displayName: 'Due', indexed: true, dateTime: { format: 'dateOnly' } },
  { name: 'Urgent', displayName: 'Urgent', indexed: true, boolean: {} },
  { name: 'Note', displayName: 'Note', text: { allowMultipleLines: true } },
];
const TOTAL = 450;

let s: TestStandIn;
let items: string;
beforeAll(async () => {
  s = await startTestStandIn();
  await createTestList(s, 'Query Test', COLUMNS);
  items = `${s.listPath('Query Test')}/items`;
  const rows = Array.from({ length: TOTAL }, (_, i) => ({
    Code: `row-${String(i).padStart(3, '0')}`,
    Owner: i % 3 === 0 ? "Siobhán O'Neill" : 'Kai Morgan',
    Rank: i % 10,
    Due: `2031-0${(i % 9) + 1}-15`,
    Urgent: i % 4 === 0,
    Note: i % 5 === 0 ? 'five' : null,
  }));
  for (let i = 0; i < rows.length; i += 30) {
    await Promise.all(rows.slice(i, i + 30).map((fields) => s.call('POST', items, { body: { fields } })));
  }
});
afterAll(() => s.close());

async function readAll(url: string, headers: Record<string, string> = {}): Promise<{ pages: number; values: any[] }> {
  let next: string | undefined = url;
  const values: any[] = [];
  let pages = 0;
  while (next) {
    const res = await s.call('GET', next, { headers });
    expect(res.status).toBe(200);
    values.push(...res.body.value);
    pages += 1;
    next = res.body['@odata.nextLink'];
  }
  return { pages, values };
}

describe('paging', () => {
  it('serves 200 items a page by default and follows @odata.nextLink to the end', async () => {
    const first = await s.call('GET', `${items}?expand=fields`);
    expect(first.body.value).toHaveLength(200);
    expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
    const { pages, values } = await readAll(`${items}?expand=fields`);
    expect(pages).toBe(3);
    expect(new Set(values.map((v) => v.id)).size).toBe(TOTAL);
  });

  it('honours $top and keeps the query options in the nextLink', async () => {
    const { pages, values } = await readAll(`${items}?$expand=fields($select=Code)&$top=100&$filter=fields/Rank ge 5`);
    expect(values).toHaveLength(TOTAL / 2);
    expect(pages).toBe(3);
    expect(values.every((v) => Object.keys(v.fields).sort().join() === '@odata.etag,Code')).toBe(true);
  });

  it('answers only the item properties and fields a $select names, dates as local midnight in UTC', async () => {
    const res = await s.call('GET', `${items}?$select=id,lastModifiedBy&$expand=fields($select=Code,Due,Modified)&$top=5&$filter=fields/Code eq 'row-005'`);
    const [item] = res.body.value;
    expect(Object.keys(item).sort()).toEqual(['@odata.etag', 'fields', 'id', 'lastModifiedBy']);
    expect(item.lastModifiedBy.user).toEqual(expect.objectContaining({ displayName: 'Ava Lindqvist' }));
    expect(Object.keys(item.fields).sort()).toEqual(['@odata.etag', 'Code', 'Due', 'Modified']);
    expect(item.fields.Due).toBe('2031-06-14T23:00:00Z');
  });

  it('orders by an indexed column across pages', async () => {
    const { values } = await readAll(`${items}?expand=fields&$orderby=fields/Rank desc&$top=150`);
    const ranks = values.map((v) => v.fields.Rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(values).toHaveLength(TOTAL);
  });
});

describe('$filter', () => {
  const count = async (filter: string, headers: Record<string, string> = {}) =>
    (await readAll(`${items}?expand=fields&$top=5000&$filter=${encodeURIComponent(filter)}`, headers)).values.length;

  it('combines comparisons with and, or, not and parentheses', async () => {
    expect(await count("fields/Rank eq 3")).toBe(45);
    expect(await count("fields/Rank lt 2 or fields/Rank gt 7")).toBe(180);
    expect(await count("not (fields/Rank ge 1) and fields/Urgent eq true")).toBe(await count('fields/Rank eq 0 and fields/Urgent eq true'));
    expect(await count("fields/Owner ne 'Kai Morgan'")).toBe(150);
  });

  it("reads '' inside a string literal as one quote", async () => {
    expect(await count("fields/Owner eq 'Siobhán O''Neill'")).toBe(150);
  });

  it('compares date-only columns as dates, given as a date or an instant', async () => {
    expect(await count("fields/Due lt '2031-02-01'")).toBe(50);
    expect(await count("fields/Due lt '2031-01-31T23:00:00Z'")).toBe(50);
  });

  it('supports startswith() and null', async () => {
    expect(await count("startswith(fields/Code,'row-00')")).toBe(10);
    expect(await count('fields/Owner eq null')).toBe(0);
  });

  it('refuses a non-indexed column unless the client accepts the risk', async () => {
    const refused = await s.call('GET', `${items}?expand=fields&$filter=fields/Note eq 'five'`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Note.*is not indexed/);
    const ordered = await s.call('GET', `${items}?$orderby=fields/Note`);
    expect(ordered.status).toBe(400);
    expect(await count("fields/Note eq 'five'", { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' })).toBe(90);
  });

  it('refuses bad syntax and unknown columns with 400', async () => {
    expect((await s.call('GET', `${items}?$filter=fields/Rank eq`)).status).toBe(400);
    expect((await s.call('GET', `${items}?$filter=${encodeURIComponent("fields/Owner eq 'open")}`)).status).toBe(400);
    const unknown = await s.call('GET', `${items}?$filter=fields/Colour eq 'red'`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Colour/);
  });
});

describe('the list view threshold', () => {
  it('fails a query on a column without an index past 5,000 items, even when the client accepts the risk', async () => {
    await createTestList(s, 'Big List', [
      { name: 'Code', displayName: 'Code', indexed: true, text: {} },
      { name: 'Note', displayName: 'Note', text: { allowMultipleLines: true } },
    ]);
    const list = findList(s.db, 'Big List')!;
    s.db.tx(() => {
      for (let i = 0; i < 5001; i += 1) insertItem(s.db, list, { Code: `big-${i}`, Note: i % 2 ? 'odd' : 'even' }, 'tester@census.example');
    });
    const prefer = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
    const refused = await s.call('GET', `${s.listPath('Big List')}/items?$filter=fields/Note eq 'odd'`, { headers: prefer });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/list view threshold/);
    const indexed = await s.call('GET', `${s.listPath('Big List')}/items?expand=fields&$filter=fields/Code eq 'big-4999'`);
    expect(indexed.body.value.map((i: any) => i.fields.Note)).toEqual(['odd']);
  });
});
