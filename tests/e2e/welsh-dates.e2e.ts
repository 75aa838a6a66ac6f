import type { Browser } from 'playwright-core';
import { launchBrowser, openSurface, SAMPLE } from './harness';

/**
 * Days are written in the reader's language where the browser knows it, and never as the bare
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

    await page.goto(page.url().replace(/#.*$/, `#/plan/${SAMPLE.planId}/section/actions`));
    const due = page.getByRole('grid').first().locator('[data-cell="DueDate"]').first();
    await due.waitFor();
    expect(await due.innerText()).toMatch(/^\d{1,2} \p{L}+\.? \d{4}/u);
    expect(await page.getByRole('main').innerText()).not.toMatch(/\bM\d{2}\b/);
    await page.context().close();
  });
});
