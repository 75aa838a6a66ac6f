import { sectionById } from '../../src/plan';
import { columnsFor } from '../../src/storage/graph/column-definitions';
import { DEFAULT_SITE_ID } from '../../src/server/stand-in';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

let s: TestStandIn;
beforeAll(async () => {
  s = await startTestStandIn();
});
afterAll(() => s.close());

describe('sites and me', () => {
  it('answers the default site by its id and as root, with a SharePoint web URL', async () => {
    const byId = await s.call('GET', `/sites/${DEFAULT_SITE_ID}`);
    const root = await s.call('GET', '/sites/root');
    expect(byId.status).toBe(200);
    expect(byId.body.id).toBe(DEFAULT_SITE_ID);
    expect(root.body.id).toBe(DEFAULT_SITE_ID);
    expect(byId.body.webUrl).toBe(`${s.url}/sharepoint/sites/lapp`);
  });

  it('refuses an unknown site with 404 in Graph error shape', async () => {
    const res = await s.call('GET', '/sites/contoso.sharepoint.com,1,2/lists');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('itemNotFound');
  });

  it('says who is signed in, and answers 401 when no token is sent, as Graph does', async () => {
    expect((await s.call('GET', '/me')).body.mail).toBe('ava.lindqvist@census.example');
    expect((await s.call('GET', '/me', { as: null })).status).toBe(401);
    const other = await s.call('GET', '/me', { as: 'sam.jones@census.example' });
    expect(other.body).toMatchObject({ mail: 'sam.jones@census.example', displayName: 'sam.jones' });
  });

  it('refuses a token that is not a stand-in token with 401', async () => {
    const res = await s.call('GET', '/me', { headers: { Authorization: 'Bearer eyJhbGciOi' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
  });
});

describe('lists and columns', () => {
  const actions = sectionById('actions');

  it('creates a genericList with Title and the schema columns, and finds it by display name', async () => {
    const created = await s.call('POST', `/sites/${s.siteId}/lists`, {
      body: { displayName: actions.list, list: { template: 'genericList' }, columns: columnsFor(actions) },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: actions.list, list: { template: 'genericList' } });

    const found = await s.call('GET', `/sites/${s.siteId}/lists?$filter=displayName eq '${actions.list}'&$select=id,displayName`);
    expect(found.body.value).toEqual([expect.objectContaining({ id: created.body.id, displayName: actions.list })]);
    expect(found.body.value[0].webUrl).toBeUndefined();

    const columns = await s.call('GET', `${s.listPath(actions.list)}/columns`);
    const names = columns.body.value.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Title', ...columnsFor(actions).map((c) => c.name)]));
    const clientKey = columns.body.value.find((c: { name: string }) => c.name === 'ClientKey');
    expect(clientKey).toMatchObject({ indexed: true, enforceUniqueValues: true, text: { allowMultipleLines: false } });
  });

  it('answers the list by id and by title', async () => {
    const byTitle = await s.call('GET', s.listPath(actions.list));
    const byId = await s.call('GET', `/sites/${s.siteId}/lists/${byTitle.body.id}`);
    expect(byId.body.displayName).toBe(actions.list);
  });

  it('refuses a second list with the same title with 409', async () => {
    const again = await s.call('POST', `/sites/${s.siteId}/lists`, { body: { displayName: actions.list, list: { template: 'genericList' } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nameAlreadyExists');
  });

  it('adds a column later, and refuses the same name twice', async () => {
    const column = { name: 'Reviewer', displayName: 'Reviewer', text: { allowMultipleLines: false, maxLength: 255 } };
    const added = await s.call('POST', `${s.listPath(actions.list)}/columns`, { body: column });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Reviewer', indexed: false });
    expect((await s.call('POST', `${s.listPath(actions.list)}/columns`, { body: column })).status).toBe(409);
  });

  it('refuses a column without exactly one type', async () => {
    const res = await s.call('POST', `${s.listPath(actions.list)}/columns`, { body: { name: 'Odd', text: {}, number: {} } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/exactly one type/);
  });

  it('answers an unknown list with 404', async () => {
    expect((await s.call('GET', s.listPath('No Such List'))).status).toBe(404);
  });
});
