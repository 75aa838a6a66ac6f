import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
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
