import type { Browser, Locator, Page } from 'playwright-core';
import { PAGES } from '../../src/plan';
import { firstSectionOf } from '../../src/lib/plan-pages';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE, screenshot, seriousViolations, settle } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * The plan tab in a plain browser against the stand-in: edits persist, bad input is refused
 * beside its field, every view passes axe, and the home page is photographed in light and dark.
 */
const route = (sectionId: string) => `/plan/${SAMPLE.planId}/section/${sectionId}`;
const CONTACT = 'Nadia Quinn';
const CONTACT_EMAIL = 'nadia.quinn@kestrelvale.example';

describe('the plan tab in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openTab = (sectionRoute?: string, theme?: 'light' | 'dark' | 'contrast') =>
    openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route: sectionRoute, theme });

  it("opens the sample plan's home in a plain browser, in light and dark, with screenshots", async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await openTab(undefined, theme);
      await page.getByRole('heading', { level: 1, name: SAMPLE.council }).waitFor();
      await page.getByRole('region', { name: 'Partnership strands' }).waitFor();
      await screenshot(page, `plan-home-${theme}`);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('refuses a bad email beside the field and stores nothing', async () => {
    const page = await openTab(route('keyContacts'));
    await page.getByRole('button', { name: 'Add row to Key contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Key contacts' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Not Saved');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Email must be an email address, like name@council.gov.uk.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('grid', { name: 'Key contacts' }).getByText('Not Saved').count()).toBe(0);
    await page.context().close();
  });

  it('keeps a new key contact, a changed strand priority and a ticked checklist cell after a reload', async () => {
    const page = await openTab(route('keyContacts'));
    await page.getByRole('button', { name: 'Add row to Key contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Key contacts' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(CONTACT);
    await dialog.getByRole('textbox', { name: 'Email' }).fill(CONTACT_EMAIL);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('grid', { name: 'Key contacts' }).getByText(CONTACT).waitFor();
    await waitForSaves(page);

    await page.goto(page.url().replace(/#.*$/, `#${route('localPriorities')}`));
    const addressRegister = page.getByRole('radiogroup', { name: 'Local priority for Address register' });
    await addressRegister.getByRole('radio', { name: 'Medium' }).check();
    await waitForSaves(page);

    await page.goto(page.url().replace(/#.*$/, `#${route('supportChecklist')}`));
    const firstItem = page.getByRole('region', { name: 'Support checklist' }).getByRole('checkbox', { name: /: Act Now$/ }).first();
    const itemLabel = (await firstItem.getAttribute('aria-label'))!;
    await firstItem.check();
    await waitForSaves(page);

    await page.reload();
    // A plan kept on the device may show first; what counts is what the page settles on.
    await waitUntilChecked(page.getByRole('checkbox', { name: itemLabel }));
    await page.goto(page.url().replace(/#.*$/, `#${route('localPriorities')}`));
    await waitUntilChecked(page.getByRole('radiogroup', { name: 'Local priority for Address register' }).getByRole('radio', { name: 'Medium' }));
    await page.goto(page.url().replace(/#.*$/, `#${route('keyContacts')}`));
    await page.getByRole('grid', { name: 'Key contacts' }).getByText(CONTACT).waitFor();
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();

    // And in the stand-in itself, read back through Graph as the CEM.
    const { graphBaseUrl, siteId } = e2eServer();
    const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) });
    const plan = await store.loadPlan(SAMPLE.planId);
    expect(plan.sections.keyContacts.find((c) => c.values.ContactName === CONTACT)?.values.Email).toBe(CONTACT_EMAIL);
    expect(plan.sections.localPriorities.find((p) => String(p.values.Strand).startsWith('1 '))?.values.Priority).toBe('Medium');
    expect(plan.sections.supportChecklist.find((i) => itemLabel.startsWith(`${String(i.values.Item)}:`))?.values.ActNow).toBe(true);
  });

  it('signs as the CLM, keeps the signed version, and shows what changed after', async () => {
    const signOff = `/plan/${SAMPLE.unsignedPlanId}/sign-off`;
    const clm = await openSurface(browser, { surface: 'tab', plan: SAMPLE.unsignedPlanId, as: SAMPLE.unsignedClm, route: signOff });
    await clm.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await clm.getByRole('button', { name: 'Sign the plan' }).click();
    await clm.getByText('Nothing has changed since the plan was signed.').waitFor();
    await clm.getByRole('link', { name: 'View the signed version' }).click();
    await clm.getByRole('heading', { level: 1, name: /^The plan as signed on / }).waitFor();
    expect(errorsOf(clm)).toEqual([]);
    await clm.context().close();

    const cem = await openSurface(browser, { surface: 'tab', plan: SAMPLE.unsignedPlanId, as: SAMPLE.cem, route: route('keyContacts').replace(SAMPLE.planId, SAMPLE.unsignedPlanId) });
    await cem.getByRole('button', { name: 'Add row to Key contacts' }).click();
    const dialog = cem.getByRole('dialog', { name: 'Add to Key contacts' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Omar Daly');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await cem.getByRole('grid', { name: 'Key contacts' }).getByText('Omar Daly').waitFor();
    await waitForSaves(cem);
    await cem.goto(cem.url().replace(/#.*$/, `#${signOff}`));
    await cem.getByText('Changed since signed', { exact: true }).waitFor();
    await cem.getByRole('button', { name: 'Key contacts — 1 added, 0 changed, 0 removed' }).click();
    await cem.getByRole('link', { name: 'Omar Daly' }).waitFor();
    await cem.context().close();
  });
});

/**
 * Waits until a checkbox or radio is checked (fails after 30 s). After a reload the device's copy
 * shows first and is brought up to date through the plan service's delta of every list, which
 * takes several seconds on a busy two-core machine; a copy that stayed stale still fails.
 */
async function waitUntilChecked(control: Locator): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await control.isChecked())) {
    if (Date.now() > deadline) throw new Error('Still not checked after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until no row shows "Saving" any more. */
async function waitForSaves(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.innerText.includes('Saving'), undefined, { timeout: 15_000 });
}
