import { SAMPLE_CEM } from '../../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { SECTIONS, sectionById } from '../../../src/plan';
import { ForbiddenError, OfflineError, StorageError, ThrottledError } from '../../../src/storage/errors';
import { createGraphStore } from '../../../src/storage/graph';
import { MANAGER_VIEWS } from '../../../src/storage/views';
import {
  SharePointRest,
  addListView,
  isVersioningOn,
  listPath,
  readViewTitles,
  turnOnVersioning,
} from '../../../src/storage/sharepoint-rest';
import type { RetryClock } from '../../../src/storage/graph/pipeline/backoff';

const actions = sectionById('actions');
const overdue = MANAGER_VIEWS.find((v) => v.title === 'Overdue actions')!;

/** A clock whose sleeps return at once and are remembered. */
function fakeClock(): RetryClock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, now: () => 0, random: () => 0.5, sleep: async (ms) => void slept.push(ms) };
}

/** A fetch that answers from a script, one answer per call, and records what was sent. */
function scriptedFetch(answers: readonly (Response | Error)[]) {
  const sent: { url: string; init: RequestInit }[] = [];
  let i = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), init: init ?? {} });
    const answer = answers[Math.min(i++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as typeof fetch;
  return { fetchImpl, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('the SharePoint REST client against the stand-in over HTTP', () => {
  let standIn: RunningStandIn;
  let sp: SharePointRest;

  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, dbPath: ':memory:' });
    await createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: () => standIn.tokenFor(SAMPLE_CEM.email) }).provision();
    sp = new SharePointRest({ siteUrl: `${standIn.sharePointSiteUrl}/`, getToken: () => standIn.tokenFor(SAMPLE_CEM.email) });
  });
  afterAll(() => standIn.close());

  it("reads a new list's views: SharePoint's own All Items view", async () => {
    expect([...(await readViewTitles(sp, actions.list))]).toEqual(['All Items']);
  });

  it('adds a view with its columns and CAML query, and reads it back', async () => {
    await addListView(sp, actions.list, overdue);
    expect(await readViewTitles(sp, actions.list)).toEqual(new Set(['All Items', 'Overdue actions']));
    const view = await sp.get<{ ViewQuery: string; RowLimit: number; DefaultView: boolean }>(
      `${listPath(actions.list)}/views/getbytitle('Overdue%20actions')`,
    );
    expect(view).toMatchObject({ ViewQuery: overdue.query.xml, RowLimit: overdue.rowLimit, DefaultView: false });
    const fields = await sp.get<{ Items: string[] }>(`${listPath(actions.list)}/views/getbytitle('Overdue%20actions')/viewfields`);
    expect(fields.Items).toEqual(overdue.fields);
  });

  it('turns versioning on for a list and leaves the others as they were', async () => {
    const decisions = sectionById('decisions').list;
    expect(await isVersioningOn(sp, actions.list)).toBe(false);
    await turnOnVersioning(sp, actions.list);
    await turnOnVersioning(sp, actions.list);
    expect(await isVersioningOn(sp, actions.list)).toBe(true);
    expect(await isVersioningOn(sp, decisions)).toBe(false);
  });

  it('gives SharePoint’s own message for a list the site does not have', async () => {
    const failure = readViewTitles(sp, 'LAPP Nothing');
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toThrow("List 'LAPP Nothing' does not exist");
  });

  it('knows every list of the schema by its title', async () => {
    const titles = await Promise.all(SECTIONS.map((s) => readViewTitles(sp, s.list)));
    expect(titles.every((t) => t.has('All Items'))).toBe(true);
  });
});

describe('the SharePoint REST client on the wire', () => {
  const site = 'https://contoso.sharepoint.com/sites/census';

  it('quotes a list title the way OData wants', () => {
    expect(listPath("Council's plans")).toBe("web/lists/getbytitle('Council''s%20plans')");
  });

  it('sends the SharePoint token, asks for verbose JSON and merges without a form digest', async () => {
    const { fetchImpl, sent } = scriptedFetch([new Response(null, { status: 204 })]);
    const client = new SharePointRest({ siteUrl: site, fetchImpl, getToken: async () => 'sp-token' });
    await turnOnVersioning(client, actions.list);
    const { url, init } = sent[0]!;
    expect(url).toBe(`${site}/_api/web/lists/getbytitle('LAPP%20Actions')`);
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer sp-token',
      Accept: 'application/json;odata=verbose',
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
    });
    expect(JSON.parse(String(init.body))).toEqual({ __metadata: { type: 'SP.List' }, EnableVersioning: true });
  });

  it('waits as long as a throttled answer asks, then carries on', async () => {
    const clock = fakeClock();
    const { fetchImpl, sent } = scriptedFetch([
      json(429, { error: { code: 'throttled', message: { value: 'Slow down' } } }, { 'Retry-After': '2' }),
      json(200, { d: { results: [{ Title: 'All Items' }] } }),
    ]);
    const client = new SharePointRest({ siteUrl: site, fetchImpl, clock });
    expect(await readViewTitles(client, actions.list)).toEqual(new Set(['All Items']));
    expect(sent).toHaveLength(2);
    expect(clock.slept).toEqual([2000]);
  });

  it('gives up on a site that stays throttled with ThrottledError', async () => {
    const { fetchImpl, sent } = scriptedFetch([json(503, {}, { 'Retry-After': '1' })]);
    const client = new SharePointRest({ siteUrl: site, fetchImpl, clock: fakeClock(), retry: { maxRetries: 2 } });
    await expect(readViewTitles(client, actions.list)).rejects.toBeInstanceOf(ThrottledError);
    expect(sent).toHaveLength(3);
  });

  it('tells a person who does not own the site that adding views needs the owner’s rights, and does not retry', async () => {
    const { fetchImpl, sent } = scriptedFetch([json(403, { error: { code: '-2147024891, System.UnauthorizedAccessException', message: { value: 'Access denied.' } } })]);
    const client = new SharePointRest({ siteUrl: site, fetchImpl, clock: fakeClock() });
    const failure = addListView(client, actions.list, overdue);
    await expect(failure).rejects.toBeInstanceOf(ForbiddenError);
    await expect(failure).rejects.toThrow(/site owner’s rights \(Manage Lists\)/);
    expect(sent).toHaveLength(1);
  });

  it('reads again after a lost answer but never adds a view twice', async () => {
    const lost = new TypeError('fetch failed');
    const read = scriptedFetch([lost, json(200, { d: { results: [] } })]);
    const reader = new SharePointRest({ siteUrl: site, fetchImpl: read.fetchImpl, clock: fakeClock() });
    expect(await readViewTitles(reader, actions.list)).toEqual(new Set());
    expect(read.sent).toHaveLength(2);

    const add = scriptedFetch([lost, json(200, { d: {} })]);
    const adder = new SharePointRest({ siteUrl: site, fetchImpl: add.fetchImpl, clock: fakeClock() });
    await expect(addListView(adder, actions.list, overdue)).rejects.toBeInstanceOf(OfflineError);
    expect(add.sent).toHaveLength(1);
  });

  it('refuses a site address that is not a URL before sending anything', () => {
    expect(() => new SharePointRest({ siteUrl: 'contoso/sites/census' })).toThrow(/is not a URL/);
  });
});
