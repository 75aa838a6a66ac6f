import type { Browser, Page } from 'playwright-core';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE, screenshot, seriousViolations, topBarProblems } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * The plan as people expect a Microsoft 365 app to work (issue 16), in Chromium against the
 * stand-in: dates typed the British way and refused when impossible, people chosen by name,
 * focus back where a dialog was opened from, roll-up links into plans, and no overlap at 320 px
 * or 200 % zoom.
 */
const PLAN = SAMPLE.unsignedPlanId;
const actionsRoute = `/plan/${PLAN}/section/actions`;

async function storedActions(): Promise<readonly { values: Readonly<Record<string, unknown>> }[]> {
  const { graphBaseUrl, siteId } = e2eServer();
  const plan = await createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) }).loadPlan(PLAN);
  return plan.sections.actions;
}

/** The action with this title once SharePoint holds it (the outbox sends a moment after Save). */
async function savedAction(page: Page, title: string) {
  for (let i = 0; i < 50; i += 1) {
    const found = (await storedActions()).find((a) => a.values.ActionTitle === title);
    if (found) return found;
    await page.waitForTimeout(200);
  }
  return undefined;
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.getAttribute('aria-label') ?? ''}|${el?.textContent?.trim() ?? ''}`;
  });
}

describe('the plan as people expect a Microsoft 365 app to work', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openActions = (options: { width?: number } = {}) =>
    openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: actionsRoute, ...options });

  it('refuses an impossible date with a message and saves nothing, then takes a real one typed dd/mm/yyyy', async () => {
    const page = await openActions();
    const before = (await storedActions()).length;
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill('Book the library foyer for the roadshow');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('Open');
    const due = dialog.getByRole('combobox', { name: 'Due' });
    await due.fill('31/02/2027');
    await due.press('Tab');
    await dialog.getByText('Enter a real date, like 28/02/2027.').waitFor();
    expect(await due.inputValue()).toBe('31/02/2027');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a real date, like 28/02/2027.').waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await due.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await storedActions()).length).toBe(before);

    await due.fill('28/2/2027');
    await due.press('Tab');
    expect(await due.inputValue()).toBe('28/02/2027');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const grid = page.getByRole('grid', { name: 'Actions' });
    await grid.getByText('Book the library foyer for the roadshow').waitFor();
    const saved = await savedAction(page, 'Book the library foyer for the roadshow');
    expect(saved?.values.DueDate).toBe('2027-02-28');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('stores a picked person as "Name <email>" and shows them by name', async () => {
    const page = await openActions();
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill('Send the ward maps to the CLM');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('Open');
    await dialog.getByRole('combobox', { name: 'Owner' }).pressSequentially('grace');
    const option = page.getByRole('option', { name: /Grace/ }).first();
    await option.waitFor();
    expect(await option.innerText()).toContain(SAMPLE.unsignedClm);
    expect(await seriousViolations(page)).toEqual([]);
    await option.click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('grid', { name: 'Actions' }).getByRole('row', { name: /Send the ward maps to the CLM/ });
    const owner = row.getByRole('link', { name: /Grace/ });
    await owner.waitFor();
    expect(await owner.getAttribute('title')).toBe(SAMPLE.unsignedClm);
    expect(await row.innerText()).not.toContain(`<${SAMPLE.unsignedClm}>`);
    const saved = await savedAction(page, 'Send the ward maps to the CLM');
    expect(String(saved?.values.Owner)).toMatch(new RegExp(`^Grace [^<]+ <${SAMPLE.unsignedClm.replace(/\./g, '\\.')}>$`));
    await page.context().close();
  });

  it("sends a Teams activity-feed notification to an action's new owner, opening the row", async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.unsignedClm, route: actionsRoute });
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill('Share the hard-to-count map with the CEM');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('Open');
    await dialog.getByRole('combobox', { name: 'Owner' }).pressSequentially('ava');
    await page.getByRole('option', { name: /Ava Lindqvist/ }).first().click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    const saved = await savedAction(page, 'Share the hard-to-count map with the CEM');
    expect(String(saved?.values.Owner)).toContain(SAMPLE.cem);

    type Feed = { value: { activityType: string; previewText: string; topic: { value: string; webUrl: string }; templateParameters: { name: string; value: string }[] }[] };
    let mine: Feed['value'] = [];
    for (let i = 0; i < 50 && mine.length === 0; i += 1) {
      const feed = (await (await fetch(`${e2eServer().url}/_standin/activity-feed?user=${encodeURIComponent(SAMPLE.cem)}`)).json()) as Feed;
      mine = feed.value.filter((n) => n.previewText === 'Share the hard-to-count map with the CEM');
      if (mine.length === 0) await page.waitForTimeout(200);
    }
    expect(mine).toHaveLength(1);
    const [note] = mine;
    expect(note?.activityType).toBe('actionAssigned');
    expect(note?.topic.value).toBe('Fenmouth Borough Council');
    expect(note?.templateParameters.find((p) => p.name === 'actor')?.value).toMatch(/Grace/);
    // The link opens the row in the tab.
    const opened = await browser.newContext();
    const tab = await opened.newPage();
    await tab.goto(note?.topic.webUrl ?? '');
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    expect(note?.topic.webUrl).toContain(`plan=${PLAN}`);
    expect(note?.topic.webUrl).toContain('/section/actions?row=');
    await opened.close();
    await page.context().close();
  });

  it('puts focus back on the button that opened a dialog after Cancel and after Save', async () => {
    const page = await openActions();
    const add = page.getByRole('button', { name: 'Add row to Actions' });
    await add.click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toContain('Add row');

    await add.click();
    await dialog.getByRole('textbox', { name: 'Action' }).fill('Check the focus comes home');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('Open');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await focusedName(page)).toContain('Add row');
    await page.context().close();
  });

  it("opens a council's plan from its name in the managers' roll-up, as the same person", async () => {
    const page = await openSurface(browser, { surface: 'manager', as: SAMPLE.manager });
    const link = page.getByRole('grid', { name: 'Plans by council' }).getByRole('link', { name: SAMPLE.council });
    const href = await link.getAttribute('href');
    expect(href).toContain(`plan=${SAMPLE.planId}`);
    expect(href).toContain(`as=${encodeURIComponent(SAMPLE.manager)}`);
    await link.click();
    await page.getByRole('heading', { level: 1, name: SAMPLE.council }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['320 px', { width: 320, height: 800, zoom: 1 }],
    ['200 % zoom', { width: 1280, height: 900, zoom: 2 }],
  ])('keeps the top bar clear of the heading at %s, in every theme', async (label, size) => {
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const context = await browser.newContext({
        viewport: { width: Math.round(size.width / size.zoom), height: Math.round(size.height / size.zoom) },
        deviceScaleFactor: size.zoom,
      });
      const page = await context.newPage();
      const params = new URLSearchParams({ surface: 'tab', plan: PLAN, as: SAMPLE.cem, theme });
      await page.goto(`${e2eServer().url}/?${params.toString()}#${actionsRoute}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('grid', { name: 'Actions' }).waitFor();
      await screenshot(page, `ux-${label.replace(/\W+/g, '-')}-${theme}`);
      const bar = await topBarProblems(page);
      expect(bar.parts).toBeGreaterThan(2);
      expect(bar.problems).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
