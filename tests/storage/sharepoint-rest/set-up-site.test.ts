import { SAMPLE_CEM } from '../../../src/server/stand-in/sample-users';
import { startStandIn, type RunningStandIn } from '../../../src/server/stand-in';
import { SECTIONS, sectionById } from '../../../src/plan';
import { createGraphStore } from '../../../src/storage/graph';
import { MANAGER_VIEWS, listTitleOf } from '../../../src/storage/views';
import {
  SITE_SETUP_STEPS,
  SharePointRest,
  addListView,
  isVersioningOn,
  readViewTitles,
  setUpSite,
  type SiteSetupProgress,
} from '../../../src/storage/sharepoint-rest';

let standIn: RunningStandIn;
let sp: SharePointRest;
const store = () => createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: () => standIn.tokenFor(SAMPLE_CEM.email) });

beforeEach(async () => {
  standIn = await startStandIn({ port: 0, dbPath: ':memory:' });
  sp = new SharePointRest({ siteUrl: standIn.sharePointSiteUrl, getToken: () => standIn.tokenFor(SAMPLE_CEM.email) });
});
afterEach(() => standIn.close());

describe('setting up a site', () => {
  it('creates every list, turns versioning on everywhere and adds every manager view, step by step', async () => {
    const progress: SiteSetupProgress[] = [];
    const report = await setUpSite(store(), sp, (p) => progress.push(p));

    expect(report.lists.map((l) => [l.list, l.action])).toEqual(SECTIONS.map((s) => [s.list, 'created']));
    expect(report.versioning.every((v) => v.turnedOn)).toBe(true);
    expect(report.views.map((v) => v.view).sort()).toEqual(MANAGER_VIEWS.map((v) => v.title).sort());
    expect(report.views.every((v) => v.added)).toBe(true);

    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: SITE_SETUP_STEPS }, (_, i) => i + 1));
    expect(progress.every((p) => p.total === SITE_SETUP_STEPS)).toBe(true);

    for (const section of SECTIONS) expect(await isVersioningOn(sp, section.list)).toBe(true);
    const actionViews = await readViewTitles(sp, sectionById('actions').list);
    expect(actionViews).toEqual(new Set(['All Items', 'Open actions by council', 'Overdue actions']));
  });

  it('changes nothing the second time and says so', async () => {
    await setUpSite(store(), sp);
    const again = await setUpSite(store(), sp);
    expect(again.lists.every((l) => l.action === 'up to date')).toBe(true);
    expect(again.versioning.some((v) => v.turnedOn)).toBe(false);
    expect(again.views.some((v) => v.added)).toBe(false);
    const plansViews = await readViewTitles(sp, sectionById('plan').list);
    expect([...plansViews]).toEqual(['All Items', 'All plans by council', 'Plans awaiting sign-off']);
  });

  it('adds only the views a list is missing', async () => {
    await store().provision();
    const overdue = MANAGER_VIEWS.find((v) => v.title === 'Overdue actions')!;
    await addListView(sp, listTitleOf(overdue), overdue);
    const report = await setUpSite(store(), sp);
    const added = report.views.filter((v) => v.added).map((v) => v.view);
    expect(added).not.toContain('Overdue actions');
    expect(added).toHaveLength(MANAGER_VIEWS.length - 1);
  });
});
