import { LOCAL_CLIENT_ID } from '../../src/server/local-entra/local-entra';
import { GRAPH_AUDIENCE } from '../../src/server/local-entra/local-entra';
import { grant } from '../../src/server/stand-in/db/permissions-repo';
import { SAMPLE_CEM, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

/**
 * A person's token reaches the site only as far as both they and the token's delegated
 * permissions (`scp`) allow: Graph answers a site owner whose token carries no Sites permission
 * 403 `accessDenied`, and so must the stand-in, or a caller asking for too little would pass here
 * and fail in a tenant.
 */
let s: TestStandIn;
let listId: string;
beforeAll(async () => {
  s = await startTestStandIn();
  listId = await createTestList(s, 'Scoped', [{ name: 'Note', text: {} }]);
});
afterAll(() => s.close());

const items = () => `/sites/${s.siteId}/lists/${listId}/items`;
const as = async (email: string, scopes: readonly string[]) => ({ Authorization: `Bearer ${await s.tokenFor(email, scopes)}` });
const newList = (name: string) => ({ displayName: name, list: { template: 'genericList' } });

function expectAccessDenied(answer: { status: number; body: any }, message: RegExp): void {
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe('accessDenied');
  expect(answer.body.error.message).toMatch(message);
}

describe("a person's token", () => {
  it("without a Graph Sites permission reaches nothing through Graph, even for the site owner (SharePoint's own AllSites are not Graph's)", async () => {
    for (const scopes of [[], ['User.Read'], ['access_as_user'], ['User.ReadBasic.All'], ['AllSites.FullControl']]) {
      expectAccessDenied(await s.call('GET', items(), { headers: await as(SAMPLE_CEM.email, scopes) }), /delegated permissions \(scp\) do not let the app read this site/);
    }
  });

  it('with Sites.Read.All reads but does not write; with Sites.ReadWrite.All writes but makes no lists', async () => {
    const reader = await as(SAMPLE_CEM.email, ['User.Read', 'Sites.Read.All']);
    expect((await s.call('GET', items(), { headers: reader })).status).toBe(200);
    expectAccessDenied(await s.call('POST', items(), { headers: reader, body: { fields: { Title: 'no' } } }), /change items/);
    const writer = await as(SAMPLE_CEM.email, ['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect((await s.call('POST', items(), { headers: writer, body: { fields: { Title: 'yes' } } })).status).toBe(201);
    expectAccessDenied(await s.call('POST', `/sites/${s.siteId}/lists`, { headers: writer, body: newList('Not made') }), /manage lists/);
    const manager = await as(SAMPLE_CEM.email, ['Sites.Manage.All']);
    expect((await s.call('POST', `/sites/${s.siteId}/lists`, { headers: manager, body: newList('Made') })).status).toBe(201);
  });

  it('never reaches further than the person: a visitor with Sites.Manage.All still only reads', async () => {
    const visitor = await as(SAMPLE_MANAGER.email, ['Sites.Manage.All']);
    expect((await s.call('GET', items(), { headers: visitor })).status).toBe(200);
    expectAccessDenied(await s.call('POST', items(), { headers: visitor, body: { fields: { Title: 'no' } } }), /You do not have permission to change items/);
  });

  it('with Sites.Selected reaches as far as the app it was issued to is granted, and the person may go', async () => {
    const token = (clientId: string) =>
      s.entra.site.userToken({ objectId: 'owner', preferredUsername: SAMPLE_CEM.email, displayName: SAMPLE_CEM.displayName }, GRAPH_AUDIENCE, { scp: 'Sites.Selected', clientId });
    const selected = { Authorization: `Bearer ${await token(LOCAL_CLIENT_ID)}` };
    expectAccessDenied(await s.call('GET', items(), { headers: selected }), /read this site/);
    grant(s.db, 'app', LOCAL_CLIENT_ID, 'LAPP for Teams', 'read');
    expect((await s.call('GET', items(), { headers: selected })).status).toBe(200);
    expectAccessDenied(await s.call('POST', items(), { headers: selected, body: { fields: { Title: 'no' } } }), /change items/);
    // Another app's token with the same scope: that app has no grant.
    expectAccessDenied(await s.call('GET', items(), { headers: { Authorization: `Bearer ${await token('another-app')}` } }), /read this site/);
  });

  it("reaches SharePoint REST as far as SharePoint's own AllSites permissions (or Graph's Sites ones) allow", async () => {
    const views = `${s.sharePointSiteUrl}/_api/web/lists/getbytitle('Scoped')/views`;
    const sp = async (method: string, scopes: readonly string[]) => {
      const res = await fetch(method === 'GET' ? views : `${views}/add`, {
        method,
        headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...(await as(SAMPLE_CEM.email, scopes)) },
        ...(method === 'POST' && { body: JSON.stringify({ parameters: { Title: `View ${scopes.join(' ')}`, ViewFields: { results: ['Title'] }, RowLimit: 30 } }) }),
      });
      return res.status;
    };
    expect(await sp('GET', ['User.Read'])).toBe(403);
    expect(await sp('GET', ['AllSites.Read'])).toBe(200);
    expect(await sp('POST', ['AllSites.Read'])).toBe(403);
    expect(await sp('POST', ['AllSites.Manage'])).toBe(200);
    expect(await sp('POST', ['Sites.Manage.All'])).toBe(200);
  });

  it('is checked inside $batch too', async () => {
    const batch = await s.call('POST', '/$batch', { headers: await as(SAMPLE_CEM.email, ['User.Read']), body: { requests: [{ id: '1', method: 'GET', url: items().slice(1) }] } });
    expect(batch.status).toBe(200);
    expect(batch.body.responses[0].status).toBe(403);
    expect(batch.body.responses[0].body.error.code).toBe('accessDenied');
  });
});
