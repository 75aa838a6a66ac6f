import type { Browser, Page } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE, seriousViolations } from './harness';
import { timeUntil } from './meeting/time-until';

/**
 * Two people in one call, each in their own browser context (the CEM's and the ACLM's 320 px
 * side panels), and the stage at 960×540: notes taken at the same moment are both kept and
 * reach the other person and the stage; the stage never scrolls and passes axe in every theme.
 */
const TEAMS_MEETING = '19:meeting_e2e-two-people@thread.v2';
/**
 * Without the plan service's stream the pages poll once a second, so a note reaches the other
 * page after its save (with the partner's save racing it) plus up to one poll: not the issue's
 * 1 s, which needs the live stream.
 */
const LIVE_BUDGET_MS = 3000;

function open(browser: Browser, surface: string, as: string, width: number, height?: number, theme?: 'light' | 'dark' | 'contrast'): Promise<Page> {
  return openSurface(browser, { surface, plan: SAMPLE.planId, as, width, ...(height && { height }), ...(theme && { theme }), params: { meeting: TEAMS_MEETING } });
}

async function addNote(page: Page, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a note' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Add a note' }).first().click();
  await form.getByRole('textbox', { name: 'Note' }).fill(text);
}

describe('two people in one call', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps both notes taken at once and shows them to the other person and on a stage that never scrolls', async () => {
    const details = await open(browser, 'meeting-details', SAMPLE.cem, 1024);
    await details.getByRole('button', { name: 'Agree the agenda' }).click();
    await details.getByText('All changes saved').waitFor();

    const cem = await open(browser, 'side-panel', SAMPLE.cem, 320);
    const aclm = await open(browser, 'side-panel', SAMPLE.aclm, 320);
    const stage = await open(browser, 'stage', SAMPLE.aclm, 960, 540);
    for (const page of [cem, aclm]) await page.getByRole('heading', { level: 2 }).first().waitFor();
    await stage.locator('[data-live-status="live"]').waitFor();

    const fromCem = 'Ava: the hub is free on Tuesdays.';
    const fromAclm = 'Priya: the library closes early on Fridays.';
    await addNote(cem, fromCem);
    await addNote(aclm, fromAclm);
    const since = Date.now();
    await Promise.all([
      cem.getByRole('form', { name: 'Add a note' }).getByRole('textbox', { name: 'Note' }).press('Control+Enter'),
      aclm.getByRole('form', { name: 'Add a note' }).getByRole('textbox', { name: 'Note' }).press('Control+Enter'),
    ]);
    const feed = (page: Page) => page.getByRole('list', { name: 'Recorded in this meeting' });
    const shown = await Promise.all([
      timeUntil(since, () => feed(cem).getByText(fromAclm).isVisible()),
      timeUntil(since, () => feed(aclm).getByText(fromCem).isVisible()),
      timeUntil(since, async () => (await feed(stage).getByText(fromCem).isVisible()) && (await feed(stage).getByText(fromAclm).isVisible())),
    ]);
    console.log(`notes shown to the other person and the stage after ${shown.join(' / ')} ms`);
    for (const ms of shown) expect(ms).toBeLessThan(LIVE_BUDGET_MS);

    const fits = await stage.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    expect(await seriousViolations(cem)).toEqual([]);
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const themed = await open(browser, 'stage', SAMPLE.aclm, 960, 540, theme);
      await feed(themed).getByText(fromCem).waitFor();
      expect(await seriousViolations(themed)).toEqual([]);
      expect(errorsOf(themed)).toEqual([]);
    }
    for (const page of [details, cem, aclm, stage]) expect(errorsOf(page)).toEqual([]);
  });
});
