import type { Browser, Page } from 'playwright-core';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * People from the directory and meetings by date, in Chromium against the plan service over the
 * stand-in: the CEM finds the manager in the census office's directory and says which meeting an
 * action was raised in by its date; a council person is offered the plan's people only.
 * Fenmouth's plan is unsigned, so the action added here changes no signed plan.
 */
const PLAN = SAMPLE.unsignedPlanId;
const actionsRoute = `/plan/${PLAN}/section/actions`;
const TITLE = 'Ask the manager about the leaflet budget';

async function storedAction(page: Page, title: string) {
  const { graphBaseUrl, siteId } = e2eServer();
  const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) });
  for (let i = 0; i < 50; i += 1) {
    const plan = await store.loadPlan(PLAN);
    const found = plan.sections.actions.find((a) => a.values.ActionTitle === title);
    if (found) return { found, meetings: plan.sections.meetings };
    await page.waitForTimeout(200);
  }
  return undefined;
}

describe('people and meetings, not strings and ids', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // First: the next test makes the manager an action owner, and so one of the plan's people.
  it("offers a council person the plan's people, not the census office's directory", async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.unsignedClm, route: actionsRoute });
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('combobox', { name: 'Owner' }).pressSequentially('morg');
    await page.getByRole('option', { name: /No one matches|Nobody matches|morg/i }).first().waitFor();
    expect(await page.getByRole('group', { name: 'Directory' }).count()).toBe(0);
    expect(await page.getByRole('option', { name: /Morgan Reyes/ }).count()).toBe(0);
    await page.context().close();
  });

  it('finds a person in the directory and a meeting by its date, and stores the person and the meeting’s key', async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.cem, route: actionsRoute });
    await page.getByRole('button', { name: 'Add row to Actions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Actions' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill(TITLE);
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('Open');
    await dialog.getByRole('combobox', { name: 'Owner' }).pressSequentially('morg');
    const fromDirectory = page.getByRole('group', { name: 'Directory' }).getByRole('option', { name: /Morgan Reyes/ });
    await fromDirectory.waitFor();
    expect(await fromDirectory.innerText()).toContain(SAMPLE.manager);
    await fromDirectory.click();

    const raised = dialog.getByRole('combobox', { name: 'Raised in meeting' });
    const labels = await raised.locator('option').allInnerTexts();
    expect(labels[0]).toBe('Not set');
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels.slice(1)) expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}/);
    await raised.selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Save' }).click();

    const saved = await storedAction(page, TITLE);
    expect(String(saved?.found.values.Owner)).toBe(`Morgan Reyes <${SAMPLE.manager}>`);
    expect(saved?.meetings.map((m) => m.key)).toContain(saved?.found.values.RaisedInMeeting);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
