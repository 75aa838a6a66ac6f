import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openSurface, SAMPLE, screenshot } from './harness';

/**
 * WCAG 1.4.10's reflow case is 1280 × 1024 CSS pixels at 400 % zoom: a 320 × 256 viewport. There
 * the tab's top bar wraps to several lines; pinned above a page that scrolls on its own, it filled
 * the whole window and left the page no room at all. In Welsh, whose words are longer, more so.
 */
const PLAN = SAMPLE.unsignedPlanId;

/** Whether the element can be brought fully into the window with nothing drawn over its middle. */
async function readable(page: Page, target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && hit !== null && el.contains(hit);
  });
}

describe('the tab at 400 % zoom (320 × 256)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['en-GB', 'cy-GB'])('leaves the page room to be read below the top bar (%s)', async (locale) => {
    const page = await openSurface(browser, {
      surface: 'tab',
      plan: PLAN,
      as: SAMPLE.cem,
      route: `/plan/${PLAN}/section/actions`,
      width: 320,
      height: 256,
      locale,
    });
    const grid = page.getByRole('grid').first();
    await grid.getByRole('row').nth(1).waitFor();
    expect(await readable(page, page.getByRole('heading', { level: 1 }))).toBe(true);
    expect(await readable(page, grid.getByRole('row').nth(1).locator('[data-cell]').first())).toBe(true);
    // The top bar is still there to go back to.
    await page.getByRole('banner').scrollIntoViewIfNeeded();
    expect(await page.getByRole('button', { name: /Local demo|Signed in as|Wedi mewngofnodi/ }).first().isVisible()).toBe(true);
    await screenshot(page, `short-screen-${locale}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
