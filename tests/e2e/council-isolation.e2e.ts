import type { Browser } from 'playwright-core';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { errorsOf, launchBrowser, openSurface } from './harness';

/**
 * Issue 12 in a real browser on the dev server: a council's staff member, signed in from the
 * council's own (local) tenant, sees only that council under My plans, and nothing of the others.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const others = [SAMPLE_COUNCILS.fenmouth, SAMPLE_COUNCILS.harrowgateMoor];

describe('council staff in My plans', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("see only their own council's plan, and no other council's name anywhere", async () => {
    const page = await openSurface(browser, { surface: 'personal', as: kestrel.staff.email });
    const mine = page.getByRole('region', { name: 'Plans you take part in' });
    await mine.getByText(kestrel.councilName).first().waitFor();
    const body = await page.locator('body').innerText();
    for (const other of others) expect(body).not.toContain(other.councilName);
    await page.getByRole('region', { name: 'Other plans you can read' }).getByText('There are no other plans.').waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
