import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { graphCaller } from '../../src/service/notifications';
import { searchDirectory } from '../../src/service/people';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * The people picker's directory search through the plan service, over the stand-in's Graph
 * `/users`: the census office's own people search their directory; council people may not.
 */
let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

const search = (email: string, text: string) => site.call('GET', `/people?search=${encodeURIComponent(text)}`, email);

describe('searching the directory for a person', () => {
  it('finds the census office’s people by the start of their name or address, with their job title', async () => {
    expect((await search(SAMPLE_CEM.email, 'mor')).body.value).toEqual([{ name: SAMPLE_MANAGER.displayName, email: SAMPLE_MANAGER.email, jobTitle: SAMPLE_MANAGER.jobTitle }]);
    expect((await search(SAMPLE_MANAGER.email, 'ava.l')).body.value).toEqual([expect.objectContaining({ name: SAMPLE_CEM.displayName, email: SAMPLE_CEM.email })]);
    expect((await search(SAMPLE_CEM.email, "o'brien")).body.value).toEqual([]);
  });

  it('never offers a council’s people, who are in their own tenant', async () => {
    expect((await search(SAMPLE_CEM.email, 'priya')).body.value).toEqual([]);
  });

  it('is refused to council people, and to a search too short or without a token', async () => {
    const byCouncil = await search(SAMPLE_COUNCILS.kestrelVale.aclm.email, 'ava');
    expect(byCouncil.status).toBe(403);
    expect(byCouncil.body.error.message).toMatch(/directory/);
    expect((await search(SAMPLE_CEM.email, 'a')).status).toBe(400);
    expect((await site.call('GET', '/people?search=ava', null)).status).toBe(401);
    expect((await site.call('POST', '/people?search=ava', SAMPLE_CEM.email)).status).toBe(405);
  });
});

describe('when Graph will not let the app read the directory', () => {
  it('says the app lacks User.Read.All (not "try again"), so the picker keeps to the plan’s people', async () => {
    // The app as registered before people search: only its site permission.
    const graph = graphCaller(site.server.standInUrl!, () => site.server.entra!.appToken(['Sites.Selected']));
    const refused = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(searchDirectory((path) => graph('GET', path), 'mor')).rejects.toMatchObject({ status: 503, code: 'directoryNotGranted', message: expect.stringMatching(/User\.Read\.All.*plan’s own people/) });
    expect(refused).toHaveBeenCalledWith(expect.stringMatching(/403 Authorization_RequestDenied.*User\.Read\.All/));
    refused.mockRestore();
  });

  it('is answered with the app’s own token as npm start issues it, which carries User.Read.All', async () => {
    expect((await search(SAMPLE_CEM.email, 'mor')).status).toBe(200);
  });
});
