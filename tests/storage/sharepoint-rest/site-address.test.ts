import { SAMPLE_CEM } from '../../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { NotFoundError } from '../../../src/storage/errors';
import { resolveSite, siteKeyForUrl } from '../../../src/storage/sharepoint-rest';

describe("a site's Graph key from its address", () => {
  it('names a site by host and server-relative path', () => {
    expect(siteKeyForUrl('https://contoso.sharepoint.com/sites/census')).toBe('contoso.sharepoint.com:/sites/census:');
    expect(siteKeyForUrl(' https://contoso.sharepoint.com/sites/census/ ')).toBe('contoso.sharepoint.com:/sites/census:');
    expect(siteKeyForUrl('https://contoso.sharepoint.com/teams/Census%20North')).toBe('contoso.sharepoint.com:/teams/Census North:');
  });

  it("names a tenant's root site by its host alone", () => {
    expect(siteKeyForUrl('https://contoso.sharepoint.com/')).toBe('contoso.sharepoint.com');
  });

  it('refuses addresses that cannot be a SharePoint site', () => {
    expect(() => siteKeyForUrl('contoso.sharepoint.com/sites/census')).toThrow(/is not a SharePoint site address/);
    expect(() => siteKeyForUrl('http://contoso.sharepoint.com/sites/census')).toThrow(/must start with https/);
    expect(() => siteKeyForUrl('https://contoso.sharepoint.com/sites/census?web=1')).toThrow(/query or a fragment/);
  });
});

describe('resolving a site through Graph', () => {
  let standIn: RunningStandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, dbPath: ':memory:' });
  });
  afterAll(() => standIn.close());

  it("finds the stand-in site's web URL, the root of its SharePoint REST API", async () => {
    expect(await resolveSite(standIn.graphBaseUrl, standIn.siteId, { getToken: () => standIn.tokenFor(SAMPLE_CEM.email) })).toEqual({ id: standIn.siteId, webUrl: standIn.sharePointSiteUrl });
  });

  it('says plainly when there is no such site', async () => {
    const failure = resolveSite(standIn.graphBaseUrl, 'elsewhere.example', { getToken: () => standIn.tokenFor(SAMPLE_CEM.email) });
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toThrow('There is no SharePoint site "elsewhere.example"');
  });

  it('asks Graph for the site by host and path, with the Graph token', async () => {
    const sent: { url: string; headers: unknown }[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), headers: init?.headers });
      return Response.json({ id: 'contoso.sharepoint.com,1,2', webUrl: 'https://contoso.sharepoint.com/sites/census' });
    }) as typeof fetch;
    const key = siteKeyForUrl('https://contoso.sharepoint.com/sites/census');
    const site = await resolveSite('https://graph.microsoft.com/v1.0/', key, { fetchImpl, getToken: async () => 'graph-token' });
    expect(site).toEqual({ id: 'contoso.sharepoint.com,1,2', webUrl: 'https://contoso.sharepoint.com/sites/census' });
    expect(sent).toEqual([
      {
        url: 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/census:?$select=id,webUrl',
        headers: { Authorization: 'Bearer graph-token' },
      },
    ]);
  });
});
