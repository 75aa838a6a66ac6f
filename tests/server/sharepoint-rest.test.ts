import { sampleSiteContent } from '../../src/server/sample-site/sample-site';
import { sectionById } from '../../src/plan';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

const actions = sectionById('actions');

let s: TestStandIn;
let listApi: string;
beforeAll(async () => {
  s = await startTestStandIn({ content: sampleSiteContent('2031-01-10') });
  listApi = `${s.sharePointSiteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(actions.list)}')`;
});
afterAll(() => s.close());

async function sp(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method,
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...s.auth, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const overdueView = {
  parameters: {
    Title: 'Overdue actions',
    ViewFields: { results: ['LinkTitle', 'PlanId', 'Owner', 'DueDate', 'Status'] },
    ViewQuery: '<Where><Lt><FieldRef Name="DueDate" /><Value Type="DateTime"><Today /></Value></Lt></Where>',
    RowLimit: 100,
    Paged: true,
    SetAsDefaultView: false,
  },
};

describe('SharePoint REST: views and versioning for managers', () => {
  it('finds the site web URL through Graph, the root of the REST API', async () => {
    expect((await s.call('GET', `/sites/${s.siteId}`)).body.webUrl).toBe(s.sharePointSiteUrl);
  });

  it("adds a view and lists it beside SharePoint's default view", async () => {
    const added = await sp('POST', `${listApi}/views/add`, overdueView);
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ Title: 'Overdue actions', RowLimit: 100, DefaultView: false });
    const views = await sp('GET', `${listApi}/views`);
    expect(views.body.value.map((v: { Title: string }) => v.Title)).toEqual(['All Items', 'Overdue actions']);
    const fields = await sp('GET', `${listApi}/views/getbytitle('Overdue%20actions')/viewfields`);
    expect(fields.body.Items).toEqual(['LinkTitle', 'PlanId', 'Owner', 'DueDate', 'Status']);
  });

  it('refuses the same view title twice with a SharePoint error, so clients read first', async () => {
    const again = await sp('POST', `${listApi}/views/add`, overdueView);
    expect(again.status).toBe(400);
    expect(again.body['odata.error'].message.value).toMatch(/already exists/);
  });

  it('answers in the verbose format when asked', async () => {
    const views = await sp('GET', `${listApi}/views`, undefined, { Accept: 'application/json;odata=verbose' });
    expect(views.body.d.results[0].__metadata.type).toBe('SP.View');
  });

  it('refuses a view of a column the list does not have', async () => {
    const res = await sp('POST', `${listApi}/views/add`, { parameters: { Title: 'Odd', ViewFields: { results: ['Colour'] } } });
    expect(res.status).toBe(400);
  });

  it('turns versioning on with MERGE, after which item versions are kept', async () => {
    const merged = await sp('POST', listApi, { __metadata: { type: 'SP.List' }, EnableVersioning: true }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(204);
    expect((await sp('GET', listApi)).body.EnableVersioning).toBe(true);

    const items = `${s.listPath(actions.list)}/items`;
    const id = (await s.call('GET', `${items}?$top=1`)).body.value[0].id;
    await s.call('PATCH', `${items}/${id}/fields`, { body: { ActionNotes: 'first note' } });
    await s.call('PATCH', `${items}/${id}/fields`, { body: { ActionNotes: 'second note' } });
    const versions = await s.call('GET', `${items}/${id}/versions?$expand=fields`);
    expect(versions.body.value.map((v: { id: string }) => v.id)).toEqual(['3.0', '2.0']);
    expect(versions.body.value[1].fields.ActionNotes).toBe('first note');
  });

  it('answers an unknown list with an error in SharePoint shape', async () => {
    const res = await sp('GET', `${s.sharePointSiteUrl}/_api/web/lists/getbytitle('Nothing')/views`);
    expect(res.status).toBe(400);
    expect(res.body['odata.error'].code).toMatch(/ArgumentException/);
  });
});
