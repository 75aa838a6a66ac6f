import type { Browser } from 'playwright-core';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * Nothing lost in the call, in a real browser: a change made while SharePoint cannot be reached
 * is kept on the device, shown as waiting (never as saved), survives the tab being closed, and is
 * sent exactly once when the tab is opened again.
 */
const CONTACT = 'Rowan Ellery';
/** The browser reaches SharePoint only through the plan service's API (its live stream included). */
const SERVICE_API = '**/api/v1/**';

describe('a change made while SharePoint cannot be reached', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('waits on the device, survives a closed tab and is saved once when the tab opens again', async () => {
    const route = `/plan/${SAMPLE.planId}/section/keyContacts`;
    const page = await openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route });
    const context = page.context();
    await page.getByRole('grid', { name: 'Key contacts' }).waitFor();

    // The way to SharePoint goes; the page itself stays.
    await context.route(SERVICE_API, (request) => request.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Add row to Key contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Key contacts' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(CONTACT);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('grid', { name: 'Key contacts' }).getByText(CONTACT).waitFor();
    await page.getByRole('button', { name: '1 change waiting' }).waitFor();
    expect(await page.getByText('All changes saved').count()).toBe(0);

    await page.getByRole('button', { name: '1 change waiting' }).click();
    await page.getByRole('dialog', { name: 'Your changes not yet saved' }).getByText(`Added to Key contacts: ${CONTACT}`).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.close();

    // Back online: the same person opens the tab again in the same browser.
    await context.unroute(SERVICE_API);
    const again = await context.newPage();
    await again.goto(page.url());
    await again.getByRole('grid', { name: 'Key contacts' }).getByText(CONTACT).waitFor();
    await again.getByText('All changes saved').waitFor({ timeout: 30_000 });
    await context.close();

    const { graphBaseUrl, siteId } = e2eServer();
    const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) });
    const plan = await store.loadPlan(SAMPLE.planId);
    expect(plan.sections.keyContacts.filter((c) => c.values.ContactName === CONTACT)).toHaveLength(1);
  });
});
