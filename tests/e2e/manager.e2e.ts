import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { rollupRows, type RollupRow } from '../../src/features/manager-rollup/rollup-rows';
import { dateText, highStrandsText, nextMeetingText, signOffText } from '../../src/features/manager-rollup/rollup-text';
import { createTranslate } from '../../src/i18n';
import { enGB } from '../../src/i18n/en-GB';
import { todayLocal } from '../../src/plan';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { createGraphStore } from '../../src/storage/graph';
import { SharePointRest, isVersioningOn, readViewTitles, resolveSite } from '../../src/storage/sharepoint-rest';
import { loadAllPlans } from '../../src/storage/all-plans';
import { MANAGER_VIEWS, listTitleOf } from '../../src/storage/views';
import { errorsOf, launchBrowser, openSurface, SAMPLE, screenshot, seriousViolations } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * The managers' roll-up and the site set-up in a browser against the stand-in: every sample plan
 * with the figures storage holds, filters, an .xlsx download opened here, and the site set up from
 * the tab with its views and versioning read back over SharePoint REST.
 */
const t = createTranslate(enGB, 'en-GB');

/** The roll-up computed here from what the stand-in holds now, to hold the page to. */
async function expectedRows(): Promise<RollupRow[]> {
  const { graphBaseUrl, siteId } = e2eServer();
  return rollupRows(await loadAllPlans(createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken('ava.lindqvist@census.example') })), todayLocal());
}

/** The grid's rows as the text of their cells. */
async function gridRows(page: Page): Promise<string[][]> {
  const grid = page.getByRole('grid', { name: 'Plans by council' });
  await grid.waitFor();
  const rows = await grid.getByRole('row').all();
  return Promise.all(rows.slice(1).map((row) => row.getByRole('gridcell').allInnerTexts()));
}

const asShown = (row: RollupRow) => [
  row.council,
  signOffText(row, t),
  String(row.openActions),
  String(row.overdueActions),
  String(row.unresolvedConcerns),
  dateText(row.lastMeeting, t),
  nextMeetingText(row, t),
  highStrandsText(row, t),
];

describe("the managers' roll-up in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openDashboard = (theme?: 'light' | 'dark') => openSurface(browser, { surface: 'manager', as: SAMPLE.manager, theme });

  it('shows every sample plan with the figures storage holds, in light and dark, and passes axe', async () => {
    const expected = await expectedRows();
    expect(expected.map((r) => r.planId)).toEqual(expect.arrayContaining(Object.values(SAMPLE_COUNCILS).map((c) => c.planId)));
    for (const theme of ['light', 'dark'] as const) {
      const page = await openDashboard(theme);
      expect(await gridRows(page)).toEqual(expected.map(asShown));
      await page.getByRole('img', { name: 'Open and overdue actions by council' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `manager-rollup-${theme}`);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('narrows to a council searched for and to plans awaiting sign-off', async () => {
    const expected = await expectedRows();
    const page = await openDashboard();
    await page.getByRole('searchbox', { name: 'Find a council' }).fill('fenmouth');
    expect((await gridRows(page)).map((cells) => cells[0])).toEqual([SAMPLE_COUNCILS.fenmouth.councilName]);
    await page.getByRole('searchbox', { name: 'Find a council' }).fill('');
    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Awaiting sign-off' }).click();
    const awaiting = expected.filter((r) => r.signOffStatus !== 'signed').map((r) => r.council);
    expect((await gridRows(page)).map((cells) => cells[0])).toEqual(awaiting);
    await page.getByRole('status').filter({ hasText: `Showing ${awaiting.length} of ${expected.length} plans` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('downloads an .xlsx workbook of the plans and their overdue actions', async () => {
    const expected = await expectedRows();
    const page = await openDashboard();
    await page.getByRole('grid', { name: 'Plans by council' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${expected.length} plans shown to Excel` }).click()]);
    expect(download.suggestedFilename()).toBe(`lapp-plans-${todayLocal()}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());

    const plans = workbook.getWorksheet('Plans')!;
    expect(plans.getRow(1).getCell(1).value).toBe('Council');
    const sheetRows = expected.map((_, i) => plans.getRow(i + 2));
    expect(sheetRows.map((row) => row.getCell(1).value)).toEqual(expected.map((r) => r.council));
    expect(sheetRows.map((row) => [row.getCell(4).value, row.getCell(5).value, row.getCell(6).value])).toEqual(
      expected.map((r) => [r.openActions, r.overdueActions, r.unresolvedConcerns]),
    );
    const overdue = workbook.getWorksheet('Overdue actions')!;
    expect(overdue.rowCount - 1).toBe(expected.reduce((sum, r) => sum + r.overdue.length, 0));
    await page.getByRole('status').filter({ hasText: `Downloaded lapp-plans-${todayLocal()}.xlsx.` }).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('sets the site up from the tab: versioning on every list and the managers’ views, then nothing left to do', async () => {
    const page = await openSurface(browser, { surface: 'site-setup', as: SAMPLE.cem });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Set up this site' }).click();
    await page.getByText('The site is set up').waitFor();
    await page.getByRole('list', { name: 'What was done' }).getByText('LAPP Actions: view “Overdue actions” added').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'site-setup');

    // Read back as the site owner would, with a token the stand-in (SharePoint) accepts.
    const { graphBaseUrl, siteId } = e2eServer();
    const getToken = () => e2eGraphToken(SAMPLE.cem);
    const sp = new SharePointRest({ siteUrl: (await resolveSite(graphBaseUrl, siteId, { getToken })).webUrl, getToken });
    for (const view of MANAGER_VIEWS) expect(await readViewTitles(sp, listTitleOf(view))).toContain(view.title);
    expect(await isVersioningOn(sp, 'LAPP Actions')).toBe(true);

    await page.getByRole('button', { name: 'Check the site again' }).click();
    await page.getByText('Everything was already in place.').waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
