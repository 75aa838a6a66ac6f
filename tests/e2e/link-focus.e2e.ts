import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openSurface, SAMPLE, screenshot } from './harness';

/**
 * Issue 16: "links show a clear focus ring". Fluent's own link marks keyboard focus only by
 * doubling its underline, which is easy to miss on a link that is already underlined (a person in
 * a grid cell, a link in running text). Every link reached by the keyboard shows a ring, in every
 * theme.
 */
const PLAN = SAMPLE.unsignedPlanId;
const THEMES = ['light', 'dark', 'contrast'] as const;

async function ringOf(link: Locator): Promise<{ focused: boolean; style: string; width: number; colour: string; background: string; clipped: boolean }> {
  return link.evaluate((el) => {
    const s = getComputedStyle(el);
    // The colour behind the link, for the ring's contrast: the nearest ancestor that paints one.
    let back: Element | null = el;
    let background = 'rgba(0, 0, 0, 0)';
    while (back && background === 'rgba(0, 0, 0, 0)') {
      background = getComputedStyle(back).backgroundColor;
      back = back.parentElement;
    }
    // The ring must also be seen: no box between the link and the page may cut it off.
    const reach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
    const box = el.getBoundingClientRect();
    let clipped = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const o = getComputedStyle(up);
      if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
      const r = up.getBoundingClientRect();
      if (box.left - reach < r.left || box.right + reach > r.right || box.top - reach < r.top || box.bottom + reach > r.bottom) clipped = true;
    }
    return { focused: el === document.activeElement, style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor, background, clipped };
  });
}

/** WCAG relative luminance contrast between two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function expectRing(page: Page, link: Locator) {
  const ring = await ringOf(link);
  expect(ring.focused).toBe(true);
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.clipped).toBe(false);
  // WCAG 1.4.11: a focus indicator is a graphical object, 3:1 against what is next to it.
  expect(contrast(ring.colour, ring.background)).toBeGreaterThanOrEqual(3);
}

describe('links show a clear focus ring', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(THEMES)('on a person in a grid, reached with the arrow keys (%s)', async (theme) => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: `/plan/${PLAN}/section/actions`, theme });
    // The first action whose owner is a person (a link), whatever other specs left in the plan.
    const row = page.getByRole('grid', { name: 'Actions' }).getByRole('row').filter({ has: page.locator('[data-cell="Owner"] a') }).first();
    await row.locator('[data-cell="Strand"]').focus();
    await page.keyboard.press('ArrowRight');
    await expectRing(page, row.locator('[data-cell="Owner"] a'));
    await screenshot(page, `link-focus-grid-${theme}`);
    await page.context().close();
  });

  it.each(THEMES)('on a link in a page, reached from the keyboard (%s)', async (theme) => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.cem, theme });
    const link = page.getByRole('main').getByRole('link', { name: 'Go to sign-off' });
    await link.waitFor();
    // A key pressed first: focus that follows the keyboard is what shows a ring.
    await page.keyboard.press('Shift');
    await link.focus();
    await expectRing(page, link);
    await page.context().close();
  });
});
