import { main } from '../../src/cli/main';
import { SECTIONS, SYSTEM_FIELDS, sectionById } from '../../src/plan';
import { startStandIn } from '../../src/server/stand-in';
import { BUILT_IN_DISPLAY_NAMES, BUILT_IN_FIELD_NAMES } from '../../src/server/stand-in/built-in-fields';
import { insertItem } from '../../src/server/stand-in/db/items-repo';
import { findList, listColumns } from '../../src/server/stand-in/db/lists-repo';
import { applyChanges, coerceFieldChanges } from '../../src/server/stand-in/resources/field-values';
import { provisionAllLists } from '../../src/server/sample-site/provision';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { columnsFor } from '../../src/storage/graph/column-definitions';
import { MANAGER_VIEWS, listTitleOf } from '../../src/storage/views';
import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

/** The stand-in is as strict as SharePoint where SharePoint surprises: each answer below is SharePoint's, not the app's. */
const COLUMNS = [
  { name: 'Code', displayName: 'Code', indexed: true, enforceUniqueValues: true, text: {} },
  { name: 'Due', displayName: 'Due', indexed: true, dateTime: { format: 'dateOnly' } },
];

async function siteWithList(options: Parameters<typeof startTestStandIn>[0]) {
  const s = await startTestStandIn(options);
  await createTestList(s, 'Things', COLUMNS);
  return { s, items: `${s.listPath('Things')}/items` };
}

describe('date-only values on a site west of UTC', () => {
  let s: TestStandIn;
  let items: string;
  beforeAll(async () => ({ s, items } = await siteWithList({ siteTimeZone: 'America/New_York' })));
  afterAll(() => s.close());

  it('reads a bare date as UTC midnight and keeps the day that is at the site: 20 June becomes 19 June', async () => {
    const bare = await s.call('POST', items, { body: { fields: { Code: 'bare', Due: '2031-06-20' } } });
    const noon = await s.call('POST', items, { body: { fields: { Code: 'noon', Due: '2031-06-20T12:00:00Z' } } });
    const read = async (id: string) => (await s.call('GET', `${items}/${id}?expand=fields`)).body.fields.Due;
    // Eastern daylight time is UTC−4: the site's midnight of 19 June is 04:00 UTC.
    expect(await read(bare.body.id)).toBe('2031-06-19T04:00:00Z');
    expect(await read(noon.body.id)).toBe('2031-06-20T04:00:00Z');
  });

  it('serves the site\'s regional time zone over SharePoint REST', async () => {
    const zone = await (await fetch(`${s.sharePointSiteUrl}/_api/web/RegionalSettings/TimeZone`, { headers: { Accept: 'application/json;odata=nometadata', ...s.auth } })).json();
    expect(zone).toEqual({ Description: '(UTC-05:00) Eastern Time (US and Canada)', Id: 10, Information: { Bias: 300, DaylightBias: -60, StandardBias: 0 } });
  });
});

describe('lapp provision', () => {
  it.each([
    ['America/New_York', true],
    ['Europe/London', false],
  ])('on a site in %s warns that it is not on UK time: %s', async (siteTimeZone, warns) => {
    const standIn = await startStandIn({ siteTimeZone, resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
    try {
      const err: string[] = [];
      const code = await main(['provision'], { out: () => undefined, err: (t) => err.push(t), env: { LAPP_GRAPH_BASE_URL: standIn.graphBaseUrl, LAPP_SITE_ID: standIn.siteId, LAPP_GRAPH_TOKEN: await standIn.tokenFor(SAMPLE_CEM.email) } });
      expect(code).toBe(0);
      const warning = err.find((line) => line.startsWith('Warning:'));
      if (warns) expect(warning).toContain('"(UTC-05:00) Eastern Time (US and Canada)", not UK time');
      else expect(warning).toBeUndefined();
    } finally {
      await standIn.close();
    }
  });
});

describe('the answer to a create', () => {
  let s: TestStandIn;
  let items: string;
  beforeAll(async () => ({ s, items } = await siteWithList({ siteTimeZone: 'Asia/Tokyo' })));
  afterAll(() => s.close());

  it('carries wrong dates and createdDateTime, as Graph\'s does, while a read of the item is right', async () => {
    const made = await s.call('POST', items, { body: { fields: { Code: 'c', Due: '2031-06-20T12:00:00Z' } } });
    const read = (await s.call('GET', `${items}/${made.body.id}?expand=fields`)).body;
    expect(read.fields.Due).toBe('2031-06-19T15:00:00Z');
    expect(made.body.fields.Due).not.toBe(read.fields.Due);
    expect(made.body.createdDateTime).not.toBe(read.createdDateTime);
    expect(Date.parse(made.body.createdDateTime) - Date.parse(read.createdDateTime)).toBe(9 * 3600_000);
  });
});

describe('a duplicate unique value in 500 mode', () => {
  let s: TestStandIn;
  let items: string;
  beforeAll(async () => ({ s, items } = await siteWithList({ duplicateStatus: 500 })));
  afterAll(() => s.close());

  it('is refused with 500 and SPDuplicateValuesFoundException, and nothing is stored', async () => {
    await s.call('POST', items, { body: { fields: { Code: 'same' } } });
    const again = await s.call('POST', items, { body: { fields: { Code: 'same' } } });
    expect(again.status).toBe(500);
    expect(again.body.error.message).toContain('SPDuplicateValuesFoundException');
    expect((await s.call('GET', `${items}?expand=fields`)).body.value).toHaveLength(1);
  });
});

describe('list-item delta', () => {
  let s: TestStandIn;
  let items: string;
  beforeAll(async () => ({ s, items } = await siteWithList({})));
  afterAll(() => s.close());

  it('gives no lastModifiedBy, and its delta link drops $expand', async () => {
    await s.call('POST', items, { body: { fields: { Code: 'd' } } });
    const first = await s.call('GET', `${items}/delta?$expand=fields`);
    expect(first.body.value[0].fields.Code).toBe('d');
    expect(first.body.value[0]).not.toHaveProperty('lastModifiedBy');
    expect(first.body['@odata.deltaLink']).not.toContain('expand');
    await s.call('POST', items, { body: { fields: { Code: 'e' } } });
    const next = await s.call('GET', first.body['@odata.deltaLink']);
    expect(next.body.value[0]).not.toHaveProperty('fields');
    expect(next.body.value[0]).not.toHaveProperty('lastModifiedBy');
  });
});

describe('column names', () => {
  let s: TestStandIn;
  beforeAll(async () => {
    s = await startTestStandIn();
    await createTestList(s, 'Columns', []);
  });
  afterAll(() => s.close());

  it.each([
    ['Order', 'Sequence', 409],
    ['ContentType', 'Kind', 409],
    ['ContactName', 'Name', 400],
    ['SnapshotKey', 'Version', 400],
  ])('refuses SharePoint\'s built-in name or display name (%s / %s)', async (name, displayName, status) => {
    const res = await s.call('POST', `${s.listPath('Columns')}/columns`, { body: { name, displayName, text: {} } });
    expect(res.status).toBe(status);
  });

  it('are never one of SharePoint\'s own, in name or in SharePoint title, for every list of the schema', () => {
    for (const section of SECTIONS) {
      for (const column of columnsFor(section)) {
        expect({ list: section.list, name: column.name, clash: BUILT_IN_FIELD_NAMES.has(column.name.toLowerCase()) }).toMatchObject({ clash: false });
        expect({ list: section.list, title: column.displayName, clash: BUILT_IN_DISPLAY_NAMES.has(column.displayName.toLowerCase()) }).toMatchObject({ clash: false });
      }
    }
  });
});

describe('LAPP Actions at 6,000 rows, past the list view threshold', () => {
  let s: TestStandIn;
  const actions = sectionById('actions');
  const planOf = (i: number) => `council-${String(i % 300).padStart(3, '0')}`;
  beforeAll(async () => {
    s = await startTestStandIn({ resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
    s.db.tx(() => {
      provisionAllLists(s.db);
      const list = findList(s.db, actions.list)!;
      const columns = listColumns(s.db, list.id);
      for (let i = 0; i < 6000; i += 1) {
        // Most actions of 300 councils are closed; about one in twelve is still open.
        const fields = { Title: `Action ${i}`, ActionTitle: `Action ${i}`, Status: i % 12 === 0 ? 'Open' : 'Done', DueDate: '2031-03-01', Strand: null, PlanId: planOf(i), ClientKey: `k-${i}`, SortOrder: i };
        insertItem(s.db, list, applyChanges({}, coerceFieldChanges(columns, fields)), 'ava.lindqvist@census.example');
      }
    });
  });
  afterAll(() => s.close());

  const query = (q: string, headers: Record<string, string> = {}) => s.call('GET', `${s.listPath(actions.list)}/items?$expand=fields&${q}`, { headers });

  it('answers a plan\'s rows through the indexed PlanId, as the adapter reads them', async () => {
    const res = await query(`$filter=fields/${SYSTEM_FIELDS.planId.name} eq '${planOf(7)}'&$top=2000`);
    expect(res.status).toBe(200);
    expect(res.body.value).toHaveLength(20);
  });

  it('refuses a non-indexed column even with Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const res = await query("$filter=fields/ActionTitle eq 'Action 7'", { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('notSupported');
  });

  it('refuses "not equal" on an indexed column, which no index can answer, and an indexed term matching over 5,000', async () => {
    expect((await query("$filter=fields/Status ne 'Done'")).status).toBe(400);
    expect((await query("$filter=fields/Status eq 'Done'")).status).toBe(400);
    expect((await query("$filter=fields/Status eq 'Open'")).status).toBe(200);
    expect((await query('$top=6000')).status).toBe(400);
  });

  it('opens every managers\' view of LAPP Actions through an index', async () => {
    for (const view of MANAGER_VIEWS.filter((v) => listTitleOf(v) === actions.list)) {
      const res = await fetch(`${s.sharePointSiteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(actions.list)}')/GetItems`, {
        method: 'POST',
        headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...s.auth },
        body: JSON.stringify({ query: { ViewXml: `<View><Query>${view.query.xml}</Query><RowLimit>${view.rowLimit}</RowLimit></View>` } }),
      });
      expect({ view: view.title, status: res.status }).toEqual({ view: view.title, status: 200 });
    }
  });

  it('refuses a view that filters with Neq on status, as the managers\' open-actions view once did', async () => {
    const neq = '<Where><And><Neq><FieldRef Name="Status" /><Value Type="Text">Done</Value></Neq><Neq><FieldRef Name="Status" /><Value Type="Text">Dropped</Value></Neq></And></Where>';
    const res = await fetch(`${s.sharePointSiteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(actions.list)}')/GetItems`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...s.auth },
      body: JSON.stringify({ query: { ViewXml: `<View><Query>${neq}</Query><RowLimit>100</RowLimit></View>` } }),
    });
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).toContain('SPQueryThrottledException');
  });
});
