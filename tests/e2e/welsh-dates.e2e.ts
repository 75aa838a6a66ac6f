import type { Browser } from 'playwright-core';
import { launchBrowser, openSurface, SAMPLE } from './harness';

const WELSH_MONTHS = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];

/**
 * Days are written in the reader's language, Welsh months included, and never as the bare
 * pattern a browser without that language's data falls back to ("2026 M11 27"): Debian's
 * Chromium, like Chrome, carries no Welsh calendar data.
 */
describe('dates on a Welsh page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('writes the day first, a month name and the year, on the plan home and in a grid', async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.aclm, locale: 'cy-GB' });
    const signed = page.getByRole('main').getByText(/^Llofnodwyd gan Priya Raman, /);
    await signed.waitFor();
    expect(await signed.innerText()).toMatch(/^Llofnodwyd gan Priya Raman, \d{1,2} \p{L}+\.? \d{4}$/u);
    // Welsh months, from the catalogue: the browser has none of its own.
    expect(await signed.innerText()).toMatch(new RegExp(`, \\d{1,2} (${WELSH_MONTHS.join('|')}) \\d{4}$`));

    await page.goto(page.url().replace(/#.*$/, `#/plan/${SAMPLE.planId}/section/actions`));
    const due = page.getByRole('grid').first().locator('[data-cell="DueDate"]').first();
    await due.waitFor();
    expect(await due.innerText()).toMatch(/^\d{1,2} \p{L}+\.? \d{4}/u);
    expect(await page.getByRole('main').innerText()).not.toMatch(/\bM\d{2}\b/);
    await page.context().close();
  });

  it('shows a date to edit as dd/mm/bbbb and takes one typed that way', async () => {
    const plan = 'harrowgate-moor-council';
    const title = 'Confirm pool cars with the fleet manager';
    const page = await openSurface(browser, { surface: 'tab', plan, as: SAMPLE.cem, route: `/plan/${plan}/section/actions`, locale: 'cy-GB' });
    const row = page.getByRole('grid').first().getByRole('row').filter({ hasText: title });
    await row.locator('[data-cell="DueDate"]').click();
    const due = row.getByRole('combobox', { name: `Erbyn "${title}"` });
    expect(await due.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await due.fill('28/02/2027');
    await due.press('Tab');
    await due.waitFor({ state: 'detached' });
    expect(await row.locator('[data-cell="DueDate"]').innerText()).toMatch(/^28 \p{L}+\.? 2027/u);
    await page.context().close();
  });
});
