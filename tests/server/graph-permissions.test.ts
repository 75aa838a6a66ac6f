import { GRAPH_AUDIENCE } from '../../src/server/local-entra/local-entra';
import { SAMPLE_CEM, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

/**
 * Directory and Teams calls need a Graph permission in the token itself, whatever the caller may
 * do on the site: an application its `roles`, a person their `scp`. Without one Graph answers 403
 * `Authorization_RequestDenied`, and so does the stand-in.
 */
let s: TestStandIn;
beforeAll(async () => {
  s = await startTestStandIn();
});
afterAll(() => s.close());

const asApp = async (roles: readonly string[]) => ({ Authorization: `Bearer ${await s.entra.appToken(roles)}` });
const asPerson = async (email: string, scp: string) => ({
  Authorization: `Bearer ${await s.entra.site.userToken({ objectId: `oid-${email}`, preferredUsername: email, displayName: email }, GRAPH_AUDIENCE, { scp })}`,
});
const SEARCH = `/users?$filter=${encodeURIComponent("startswith(displayName,'mor')")}&$select=displayName,mail`;

function expectDenied(answer: { status: number; body: any }): void {
  expect(answer.status).toBe(403);
  expect(answer.body.error).toEqual(expect.objectContaining({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }));
}

describe('listing users', () => {
  it('refuses an application without User.Read.All, even with User.ReadBasic.All (a delegated-only permission for /users)', async () => {
    expectDenied(await s.call('GET', SEARCH, { headers: await asApp(['Sites.Selected']) }));
    expectDenied(await s.call('GET', SEARCH, { headers: await asApp(['Sites.Selected', 'User.ReadBasic.All']) }));
    expectDenied(await s.call('GET', SEARCH, { headers: await asApp(['Sites.FullControl.All']) }));
  });

  it('answers an application with User.Read.All or Directory.Read.All', async () => {
    for (const roles of [['User.Read.All'], ['Directory.Read.All']]) {
      const answer = await s.call('GET', SEARCH, { headers: await asApp(roles) });
      expect(answer.status).toBe(200);
      expect(answer.body.value).toEqual([{ displayName: SAMPLE_MANAGER.displayName, mail: SAMPLE_MANAGER.email }]);
    }
  });

  it('answers a person whose token carries User.ReadBasic.All, and no one else, site owner or not', async () => {
    expect((await s.call('GET', SEARCH, { headers: await asPerson(SAMPLE_CEM.email, 'User.ReadBasic.All Sites.Read.All') })).status).toBe(200);
    expectDenied(await s.call('GET', SEARCH, { headers: await asPerson(SAMPLE_CEM.email, 'Sites.ReadWrite.All') }));
    expectDenied(await s.call('GET', SEARCH, { as: SAMPLE_CEM.email }));
  });

  it("refuses a guest of the site's tenant, listing or searching, whatever their token carries (Entra's default guest access)", async () => {
    const guest = 'visiting.officer@elsewhere.example';
    const token = { Authorization: `Bearer ${await s.tokenFor(guest, ['User.ReadBasic.All', 'Directory.Read.All'])}` };
    expectDenied(await s.call('GET', SEARCH, { headers: token }));
    expectDenied(await s.call('GET', '/users', { headers: token }));
    // The same permissions for a member of the tenant: answered.
    expect((await s.call('GET', SEARCH, { headers: { Authorization: `Bearer ${await s.tokenFor(SAMPLE_CEM.email, ['User.ReadBasic.All'])}` } })).status).toBe(200);
  });

  it('checks the permission inside $batch too', async () => {
    const batch = await s.call('POST', '/$batch', { headers: await asApp(['Sites.Selected']), body: { requests: [{ id: '1', method: 'GET', url: SEARCH }] } });
    expect(batch.status).toBe(200);
    expect(batch.body.responses[0].status).toBe(403);
    expect(batch.body.responses[0].body.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('sending a Teams activity notification', () => {
  const nudge = {
    activityType: 'actionAssigned',
    topic: { source: 'text', value: 'An action', webUrl: 'https://teams.microsoft.com/l/entity/x' },
    previewText: { content: 'An action was assigned to you' },
    templateParameters: [],
  };
  const path = `/users/${encodeURIComponent(SAMPLE_MANAGER.email)}/teamwork/sendActivityNotification`;

  it('refuses an application without TeamsActivity.Send, and keeps nothing in the feed', async () => {
    expectDenied(await s.call('POST', path, { headers: await asApp(['Sites.Selected', 'User.Read.All']), body: nudge }));
    expect((await fetch(`${s.url}/_standin/activity-feed?user=${encodeURIComponent(SAMPLE_MANAGER.email)}`).then((r) => r.json())).value ?? []).toEqual([]);
  });

  it('sends for an application with TeamsActivity.Send', async () => {
    expect((await s.call('POST', path, { headers: await asApp(['TeamsActivity.Send']), body: nudge })).status).toBe(204);
  });
});

describe('/me', () => {
  it('is refused to an app-only token, which names no user, and answered for a person', async () => {
    const byApp = await s.call('GET', '/me', { headers: await asApp(['Sites.FullControl.All', 'User.Read.All']) });
    expect(byApp.status).toBe(400);
    expect(byApp.body.error.message).toBe('/me request is only valid with delegated authentication flow.');
    expect((await s.call('GET', '/me', { as: SAMPLE_CEM.email })).body.mail).toBe(SAMPLE_CEM.email);
  });

  it("needs User.Read (or more) in a person's token: site permissions alone do not read their profile", async () => {
    expectDenied(await s.call('GET', '/me', { headers: await asPerson(SAMPLE_CEM.email, 'Sites.Manage.All') }));
    for (const scp of ['User.Read', 'Sites.Manage.All User.ReadBasic.All']) {
      expect((await s.call('GET', '/me', { headers: await asPerson(SAMPLE_CEM.email, scp) })).body.mail).toBe(SAMPLE_CEM.email);
    }
  });
});
