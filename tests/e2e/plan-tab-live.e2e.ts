import type { Browser, Page } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE } from './harness';
import { timeUntil } from './meeting/time-until';

/**
 * The plan tab is live too: a row one person adds shows in the other's tab within a second,
 * without a reload; a tab that was offline meanwhile says so and catches up as soon as it is back.
 */
const ROUTE = `/plan/${SAMPLE.planId}/section/keyContacts`;
const WITHIN_MS = 1000;

async function addContact(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add row to Key contacts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to Key contacts' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the plan tab, live for two people', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what the other person adds within 1 s, and after being offline catches up once back', async () => {
    const cem = await openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route: ROUTE });
    const aclm = await openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.aclm, route: ROUTE });
    const grid = (page: Page) => page.getByRole('grid', { name: 'Key contacts' });
    await grid(cem).waitFor();
    await grid(aclm).waitFor();
    // Had the ACLM's stream not opened yet, it would catch up from when her plan was read.

    const first = 'Harriet Vane (live)';
    await addContact(cem, first);
    const since = Date.now();
    const shown = await timeUntil(since, () => grid(aclm).getByText(first).isVisible());
    console.log(`a key contact added in one plan tab shown in the other's after ${shown} ms (from the dialog closing)`);
    expect(shown).toBeLessThan(WITHIN_MS);

    await aclm.context().setOffline(true);
    const second = 'Lord Peter Wimsey (while offline)';
    await addContact(cem, second);
    await cem.getByText('All changes saved').waitFor();
    await aclm.waitForTimeout(500);
    expect(await grid(aclm).getByText(second).count()).toBe(0);

    const back = Date.now();
    await aclm.context().setOffline(false);
    const caughtUp = await timeUntil(back, () => grid(aclm).getByText(second).isVisible(), 5000);
    console.log(`back online, caught up after ${caughtUp} ms`);
    expect(caughtUp).toBeLessThan(2 * WITHIN_MS);
    for (const page of [cem, aclm]) expect(errorsOf(page)).toEqual([]);
  });
});
