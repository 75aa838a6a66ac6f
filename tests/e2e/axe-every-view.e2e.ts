import type { Browser, Page } from 'playwright-core';
import { firstSectionOf } from '../../src/lib/plan-pages';
import { PAGES } from '../../src/plan';
import { errorsOf, launchBrowser, openSurface, SAMPLE, screenshot, seriousViolations, settle, surfaceAddress, topBarProblems, type SurfaceOptions } from './harness';

/**
 * Issue 16: axe finds no serious or critical violation on any view, in each of Teams' three
 * themes. One browser; each surface opens once per theme and the tab's views are reached by
 * changing the address's hash, as the app's own links do, so the run stays short.
 */
const THEMES = ['light', 'dark', 'contrast'] as const;
const PLAN = SAMPLE.planId;
const TEAMS_MEETING = '19:meeting_e2e-axe@thread.v2';

/** The plan tab's views: home, every page of the template (by its first section), sign-off, documents. */
const TAB_ROUTES: readonly string[] = [
  `/plan/${PLAN}`,
  ...PAGES.map((p) => `/plan/${PLAN}/section/${firstSectionOf(p.id) ?? ''}`),
  `/plan/${PLAN}/sign-off`,
  `/plan/${PLAN}/documents`,
];

/** The other surfaces, each as the person who would use it. */
const SURFACES: ReadonlyArray<readonly [string, SurfaceOptions]> = [
  ['my plans', { surface: 'personal', as: SAMPLE.cem }],
  ['my actions', { surface: 'personal', as: SAMPLE.cem, route: '/my-actions' }],
  ["the managers' roll-up", { surface: 'manager', as: SAMPLE.manager }],
  ['site set-up', { surface: 'site-setup', as: SAMPLE.cem }],
  ['the tab settings', { surface: 'config', as: SAMPLE.cem }],
  ['the meeting details', { surface: 'meeting-details', plan: PLAN, as: SAMPLE.cem, params: { meeting: TEAMS_MEETING } }],
  ['the side panel at 320 px', { surface: 'side-panel', plan: PLAN, as: SAMPLE.aclm, width: 320, params: { meeting: TEAMS_MEETING } }],
  ['the stage', { surface: 'stage', plan: PLAN, as: SAMPLE.cem, width: 960, height: 540, params: { meeting: TEAMS_MEETING } }],
];

/** The page's serious violations, each prefixed with the view it was found on. */
async function violationsOn(page: Page, view: string): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${view}: ${v}`);
}

/** No loading spinner (Fluent's role="progressbar") left on the page. */
async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 20_000 });
}

/**
 * Follows an in-app route the way the app's links do, then waits for the new view's heading and
 * content. The tab's plan is already loaded and its event stream keeps the network busy, so
 * waiting for the network to go idle (as settle does) would only add its timeout to each view.
 */
async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await page.waitForFunction((hash) => decodeURIComponent(window.location.hash) === `#${hash}`, route);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await loaded(page);
}

describe('axe on every view, in every theme', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has every page of the template to visit', () => {
    expect(TAB_ROUTES).toHaveLength(PAGES.length + 3);
    expect(TAB_ROUTES.filter((r) => r.endsWith('/section/'))).toEqual([]);
  });

  it.each(THEMES)('finds nothing serious in the plan tab, %s theme, with the notifications dialog open', async (theme) => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.cem, theme });
    const found: string[] = [];
    try {
      await settle(page);
      for (const route of TAB_ROUTES) {
        await goTo(page, route);
        found.push(...(await violationsOn(page, route)));
      }
      await page.getByRole('button', { name: 'Notifications' }).first().click();
      await page.getByRole('dialog', { name: 'Notifications in Teams' }).waitFor();
      await loaded(page);
      found.push(...(await violationsOn(page, 'notifications settings')));
      expect(found).toEqual([]);
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each(THEMES)('finds nothing serious on the other surfaces, %s theme', async (theme) => {
    const found: string[] = [];
    for (const [name, options] of SURFACES) {
      const page = await openSurface(browser, { ...options, theme });
      try {
        await settle(page);
        found.push(...(await violationsOn(page, name)));
        expect(errorsOf(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
  });

  /**
   * ux.e2e.ts checks the Actions page this way in every theme; these are the other views with a
   * top bar, in the light theme (the layout does not change with the theme).
   */
  const REFLOW_VIEWS: ReadonlyArray<readonly [string, SurfaceOptions]> = [
    ['plan-home', { surface: 'tab', plan: PLAN, as: SAMPLE.cem }],
    ['sign-off', { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: `/plan/${PLAN}/sign-off` }],
    ['documents', { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: `/plan/${PLAN}/documents` }],
    ['key-contacts', { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: `/plan/${PLAN}/section/keyContacts` }],
    ['my-plans', { surface: 'personal', as: SAMPLE.cem }],
    ['roll-up', { surface: 'manager', as: SAMPLE.manager }],
  ];

  it.each([
    ['320px', { width: 320, height: 800, zoom: 1 }],
    ['200pc-zoom', { width: 1280, height: 900, zoom: 2 }],
  ])('keeps the top bar clear of the heading on every view at %s', async (label, size) => {
    const context = await browser.newContext({
      viewport: { width: Math.round(size.width / size.zoom), height: Math.round(size.height / size.zoom) },
      deviceScaleFactor: size.zoom,
    });
    const page = await context.newPage();
    const found: string[] = [];
    try {
      for (const [name, options] of REFLOW_VIEWS) {
        await page.goto(surfaceAddress(options));
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await loaded(page);
        await screenshot(page, `reflow-${label}-${name}`);
        const bar = await topBarProblems(page);
        found.push(...bar.problems.map((p) => `${name}: ${p}`));
        if (bar.parts === 0) found.push(`${name}: no top bar found`);
      }
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
