import { sampleSiteContent } from '../../src/server/sample-site/sample-site';
import { LOCAL_CLIENT_ID } from '../../src/server/local-entra/local-entra';
import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

/**
 * The stand-in keeps SharePoint's permission model, not the plan's roles: site owners, members
 * and visitors, and an application's Sites.Selected grant. It cannot tell one plan's rows from
 * another's, so a test cannot pass because the stand-in is kinder than a real site.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;

let s: TestStandIn;
beforeAll(async () => {
  s = await startTestStandIn({ content: sampleSiteContent('2031-01-10') });
});
afterAll(() => s.close());

const contacts = () => `${s.listPath('LAPP Key Contacts')}/items`;
const newContact = (key: string) => ({ fields: { PlanId: kestrel.planId, ClientKey: key, Title: 'New contact', ContactName: 'New contact' } });
const appAuth = async (roles: readonly string[]) => ({ Authorization: `Bearer ${await s.entra.appToken(roles)}` });

describe("the site's people", () => {
  it('lets the site owner read and write any plan, as on a real site', async () => {
    expect((await s.call('POST', contacts(), { as: SAMPLE_CEM.email, body: newContact('perm-owner') })).status).toBe(201);
  });

  it('lets a visitor (the managers) read but not write', async () => {
    expect((await s.call('GET', `${contacts()}?$top=1`, { as: SAMPLE_MANAGER.email })).status).toBe(200);
    const write = await s.call('POST', contacts(), { as: SAMPLE_MANAGER.email, body: newContact('perm-visitor') });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('accessDenied');
  });

  it("gives council people nothing: they reach the plan only through the app's service", async () => {
    // A guest of the site's tenant has no site permission (a council's own tenant's token is not even accepted: see below).
    const guest = 'visiting.officer@elsewhere.example';
    expect((await s.call('GET', `${contacts()}?$top=1`, { as: guest })).status).toBe(403);
    expect((await s.call('POST', contacts(), { as: guest, body: newContact('perm-guest') })).status).toBe(403);
    expect((await s.call('GET', `${contacts()}?$top=1`, { as: kestrel.aclm.email })).status).toBe(403);
  });

  it('answers 401 without a token, with a forged one, or one from another tenant', async () => {
    expect((await s.call('GET', '/me', { as: null })).status).toBe(401);
    expect((await s.call('GET', '/me', { headers: { Authorization: 'Bearer standin:ava.lindqvist@census.example' } })).status).toBe(401);
    const councilToken = await s.entra.tokenFor(kestrel.aclm.email, 'https://graph.microsoft.com');
    expect((await s.call('GET', '/me', { headers: { Authorization: `Bearer ${councilToken}` } })).status).toBe(401);
  });
});

describe("the app's Sites.Selected grant", () => {
  it('refuses an app with Sites.Selected and no grant on the site', async () => {
    const res = await s.call('GET', `${contacts()}?$top=1`, { headers: await appAuth(['Sites.Selected']) });
    expect(res.status).toBe(403);
  });

  it('is granted only with Sites.FullControl.All, never by a site owner setting up lists, then the app writes with it', async () => {
    const body = { roles: ['write'], grantedToIdentities: [{ application: { id: LOCAL_CLIENT_ID, displayName: 'LAPP for Teams' } }] };
    const permissions = `/sites/${s.siteId}/permissions`;
    expect((await s.call('POST', permissions, { as: SAMPLE_MANAGER.email, body })).status).toBe(403);
    // The site's owner with the token `lapp provision` asks for (Sites.Manage.All): Graph's table has no such row.
    const owner = (scp: string) => s.entra.site.userToken({ objectId: 'owner', preferredUsername: SAMPLE_CEM.email, displayName: SAMPLE_CEM.displayName }, 'https://graph.microsoft.com', { scp });
    const byOwner = await s.call('POST', permissions, { headers: { Authorization: `Bearer ${await owner('Sites.Manage.All')}` }, body });
    expect(byOwner.status).toBe(403);
    expect(byOwner.body.error.code).toBe('Authorization_RequestDenied');
    expect((await s.call('POST', permissions, { headers: await appAuth(['Sites.Manage.All']), body })).status).toBe(403);
    expect((await s.call('GET', permissions, { headers: { Authorization: `Bearer ${await owner('Sites.Manage.All')}` } })).status).toBe(403);
    expect((await s.call('GET', permissions, { headers: await appAuth(['Sites.FullControl.All']) })).body.value).toEqual([]);
    // An administrator's tool: an application holding Sites.FullControl.All.
    const granted = await s.call('POST', permissions, { headers: await appAuth(['Sites.FullControl.All']), body });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ roles: ['write'], grantedToIdentitiesV2: [{ application: { id: LOCAL_CLIENT_ID } }] });
    const auth = await appAuth(['Sites.Selected']);
    expect((await s.call('POST', contacts(), { headers: auth, body: newContact('perm-app') })).status).toBe(201);
    // Write is not manage: the app cannot make lists with it.
    const list = await s.call('POST', `/sites/${s.siteId}/lists`, { headers: auth, body: { displayName: 'Extra', list: { template: 'genericList' } } });
    expect(list.status).toBe(403);
  });

  it('reads an app-only token without the Sites.Selected role as no access at all', async () => {
    expect((await s.call('GET', `${contacts()}?$top=1`, { headers: await appAuth([]) })).status).toBe(403);
  });
});
