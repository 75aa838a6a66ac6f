import type { Browser } from 'playwright-core';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { errorsOf, launchBrowser, openSurface, seriousViolations } from './harness';

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

  it("open another council's plan by its address to a page headed as such, which says nothing of that plan", async () => {
    const fenmouth = SAMPLE_COUNCILS.fenmouth;
    const page = await openSurface(browser, { surface: 'tab', plan: fenmouth.planId, as: kestrel.staff.email });
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Plan not found, or no access' }).waitFor();
    expect(await heading.count()).toBe(1);
    await page.getByText(`There is no plan "${fenmouth.planId}" that you can open.`).waitFor();
    await page.getByRole('link', { name: 'Go to my plans' }).waitFor();
    const body = await page.locator('body').innerText();
    for (const other of others) expect(body).not.toContain(other.councilName);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('are told the same in Welsh', async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: SAMPLE_COUNCILS.fenmouth.planId, as: kestrel.staff.email, locale: 'cy-GB' });
    await page.getByRole('heading', { level: 1, name: 'Heb ddod o hyd i’r cynllun, neu dim mynediad' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
