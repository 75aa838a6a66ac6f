import type { Browser, Page } from 'playwright-core';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE, screenshot, seriousViolations } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * Grids like Microsoft Lists (issue 16), in Chromium against the stand-in: cells edited in place
 * through the same rules and outbox as the row form, search and filters, due-date flags, My
 * actions across plans, New plan on My plans, and Escape asking before an edited form is lost.
 */
const PLAN = SAMPLE.unsignedPlanId;
const actionsRoute = `/plan/${PLAN}/section/actions`;

async function storedAction(title: string) {
  const { graphBaseUrl, siteId } = e2eServer();
  const plan = await createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) }).loadPlan(PLAN);
  return plan.sections.actions.find((a) => a.values.ActionTitle === title);
}

/** The action once SharePoint holds it with `check` true (the outbox sends a moment after the save). */
async function waitForStored(page: Page, title: string, check: (values: Readonly<Record<string, unknown>>) => boolean) {
  for (let i = 0; i < 50; i += 1) {
    const found = await storedAction(title);
    if (found && check(found.values)) return found;
    await page.waitForTimeout(200);
  }
  return undefined;
}

const cell = (page: Page, title: string, column: string) =>
  page.getByRole('grid', { name: 'Actions' }).getByRole('row').filter({ hasText: title }).locator(`[data-cell="${column}"]`);

describe('grids like Lists', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openActions = (as: string = SAMPLE.cem) => openSurface(browser, { surface: 'tab', plan: PLAN, as, route: actionsRoute });

  it('saves a cell edited in place and shows it after a reload', async () => {
    const page = await openActions();
    const before = 'Find another room for team briefings';
    const after = 'Find another room for team briefings by May';
    const title = cell(page, before, 'ActionTitle');
    await title.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: `Action of "${before}"` });
    await input.fill(after);
    await input.press('Enter');
    await page.getByRole('status').filter({ hasText: `Action saved for "${after}".` }).waitFor({ state: 'attached' });
    expect(await cell(page, after, 'ActionTitle').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await waitForStored(page, after, () => true)).toBeDefined();

    await page.reload();
    await cell(page, after, 'ActionTitle').waitFor();
    expect(await page.getByRole('grid', { name: 'Actions' }).getByText(before, { exact: true }).count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses an impossible date typed in a cell with a message and saves nothing', async () => {
    const page = await openActions();
    const title = 'Agree drop-in dates with Community Links';
    const stored = (await storedAction(title))?.values.DueDate;
    await cell(page, title, 'DueDate').click();
    const due = page.getByRole('combobox', { name: `Due of "${title}"` });
    await due.fill('31/02/2027');
    // Leaving the field confirms a date (Enter opens the calendar on text that is not one).
    await due.press('Tab');
    await page.getByRole('grid', { name: 'Actions' }).getByText('Enter a real date, like 28/02/2027.').waitFor();
    expect(await due.inputValue()).toBe('31/02/2027');
    await page.waitForTimeout(1000);
    expect((await storedAction(title))?.values.DueDate).toBe(stored);

    await due.focus();
    await due.press('Escape');
    await due.waitFor({ state: 'detached' });
    expect(await cell(page, title, 'DueDate').innerText()).not.toContain('31/02/2027');
    expect((await storedAction(title))?.values.DueDate).toBe(stored);
    await page.context().close();
  });

  it('searches and filters a table, and flags overdue and due-soon actions in words', async () => {
    const page = await openActions();
    const grid = page.getByRole('grid', { name: 'Actions' });
    expect(await cell(page, 'Raise counting people sleeping rough', 'DueDate').innerText()).toContain('Overdue');
    expect(await cell(page, 'Agree drop-in dates with Community Links', 'DueDate').innerText()).toContain('Due soon');
    expect(await cell(page, 'Send student guidance to the college', 'DueDate').innerText()).not.toMatch(/Overdue|Due soon/);

    await page.getByRole('searchbox', { name: 'Search Actions' }).fill('college');
    await page.getByText(/^Showing 2 of \d+$/).waitFor();
    expect(await grid.getByRole('row').filter({ hasText: 'Raise counting people' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByRole('search', { name: 'Search Actions' }).getByRole('combobox', { name: 'Status' }).selectOption('Done');
    await page.getByText(/^Showing 1 of \d+$/).waitFor();
    expect(await grid.getByRole('row').filter({ hasText: 'Send student guidance to the college' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps search and filters inside the page at 320 px, on a section and on My actions', async () => {
    for (const options of [
      { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: actionsRoute, grid: 'Actions' },
      { surface: 'personal', as: SAMPLE.cem, route: '/my-actions', grid: 'My actions' },
    ]) {
      const page = await openSurface(browser, { ...options, width: 320, height: 800 });
      await page.getByRole('grid', { name: options.grid }).waitFor();
      const controls = page.getByRole('search', { name: `Search ${options.grid}` }).locator('input, select');
      expect(await controls.count()).toBeGreaterThan(1);
      for (const box of await Promise.all((await controls.all()).map((c) => c.boundingBox()))) {
        expect(box && box.x >= 0 && box.x + box.width <= 321).toBe(true);
      }
      await screenshot(page, `grid-320-${options.surface}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.context().close();
    }
  });

  it('shows the whole text of a cell cut short, and no tooltip on one that shows it all', async () => {
    const page = await openActions();
    const title = 'Raise counting people sleeping rough';
    await cell(page, title, 'LinkedSection').hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toMatch(/^Concerns raised by the council: .{40,}/);
    expect(await tooltip.innerText()).not.toContain('…');

    await cell(page, title, 'Status').hover();
    await tooltip.waitFor({ state: 'hidden' });
    await page.waitForTimeout(800);
    expect(await tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('moves through a link cell with the arrow keys', async () => {
    const page = await openActions();
    const title = 'Raise counting people sleeping rough';
    await cell(page, title, 'Strand').focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => `${document.activeElement?.tagName}|${document.activeElement?.textContent ?? ''}`);
    expect(focused).toMatch(/^A\|Ava Lindqvist/);
    await page.keyboard.press('ArrowRight');
    expect(await cell(page, title, 'DueDate').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('asks before Escape throws away an edited row form', async () => {
    const page = await openActions();
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill('Half-typed and nearly lost');
    await page.keyboard.press('Escape');
    const ask = dialog.getByText('Discard your changes?');
    await ask.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    const title = dialog.getByRole('textbox', { name: 'Action' });
    expect(await title.inputValue()).toBe('Half-typed and nearly lost');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await storedAction('Half-typed and nearly lost')).toBeUndefined();
    await page.context().close();
  });

  it('lists my actions across my plans, each opening its row', async () => {
    const page = await openSurface(browser, { surface: 'personal', as: SAMPLE.cem, route: '/my-actions' });
    const grid = page.getByRole('grid', { name: 'My actions' });
    const link = grid.getByRole('link', { name: 'Raise counting people sleeping rough with the national team' });
    await link.waitFor();
    expect(await grid.getByText('Check the area profile against college halls figures').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Meetings, actions and decisions/ }).waitFor();
    expect(page.url()).toContain(`plan=${PLAN}`);
    expect(page.url()).toContain('section/actions?row=');
    await page.context().close();
  });

  it('starts a plan from "New plan" on My plans and opens it', async () => {
    const page = await openSurface(browser, { surface: 'personal', as: SAMPLE.cem });
    await page.getByRole('link', { name: 'My actions' }).waitFor();
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a plan' });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: /^Council/ }).fill('Wrenford Town Council');
    await dialog.getByRole('textbox', { name: /^Census/ }).fill('Census 2031');
    await dialog.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wrenford Town Council' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('surface=tab');
    await page.context().close();
  });
});
