import type { Browser, Page } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE, type SurfaceOptions } from './harness';
import { englishOn, englishOnly, welshReading, WELSH_THROUGHOUT } from './support/english-words';

/**
 * Every surface in a browser whose language is Welsh: the page says it is Welsh, shows no
 * English message of the app's own, and passes axe. The sample plans' own rows stay as their
 * authors wrote them (in English), so the check is on the app's words, not the plan's.
 */
const TEAMS_MEETING = 'welsh-e2e-meeting';

/**
 * Waits for a page's content: lazy pages and the plan's rows arrive after the first heading. A
 * meeting surface keeps its live stream open, so the network never goes idle there; what counts
 * is that no loading spinner (Fluent's role="progressbar") is left.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 20_000 });
}

const SURFACES: ReadonlyArray<readonly [string, SurfaceOptions]> = [
  ['my plans', { surface: 'personal', as: SAMPLE.aclm }],
  ['the plan home', { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.aclm }],
  ['a section', { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route: `/plan/${SAMPLE.planId}/section/keyContacts` }],
  ['sign-off', { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.aclm, route: `/plan/${SAMPLE.planId}/sign-off` }],
  ['the documents page', { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route: `/plan/${SAMPLE.planId}/documents` }],
  ['the tab settings', { surface: 'config', as: SAMPLE.cem }],
  ['the meeting details', { surface: 'meeting-details', plan: SAMPLE.planId, as: SAMPLE.cem, params: { meeting: TEAMS_MEETING } }],
  ['the side panel', { surface: 'side-panel', plan: SAMPLE.planId, as: SAMPLE.aclm, width: 320, params: { meeting: TEAMS_MEETING } }],
  ['the stage', { surface: 'stage', plan: SAMPLE.planId, as: SAMPLE.cem, width: 960, height: 540, params: { meeting: TEAMS_MEETING } }],
  ["the managers' roll-up", { surface: 'manager', as: SAMPLE.manager }],
];

describe('the app in Welsh', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has English words to look for, so the check below can fail', () => {
    expect(englishOnly.length).toBeGreaterThan(200);
  });

  it.each(SURFACES)('shows %s in Welsh, marked as Welsh, with no serious accessibility problem', async (_name, options) => {
    const page = await openSurface(browser, { ...options, locale: 'cy-GB' });
    try {
      await settle(page);
      expect(await welshReading(page)).toEqual(WELSH_THROUGHOUT);
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lets an English-speaking and a Welsh-speaking partner work on one plan, each in their own language', async () => {
    const english = await openSurface(browser, { surface: 'side-panel', plan: SAMPLE.planId, as: SAMPLE.cem, width: 320, params: { meeting: TEAMS_MEETING }, locale: 'en-GB' });
    const welsh = await openSurface(browser, { surface: 'side-panel', plan: SAMPLE.planId, as: SAMPLE.aclm, width: 320, params: { meeting: TEAMS_MEETING }, locale: 'cy-GB' });
    try {
      await Promise.all([settle(english), settle(welsh)]);
      expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await welsh.evaluate(() => document.documentElement.lang)).toBe('cy');
      expect(await englishOn(welsh)).toEqual([]);
    } finally {
      await english.context().close();
      await welsh.context().close();
    }
  });
});
