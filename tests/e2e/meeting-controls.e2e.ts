import type { Browser, Page } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE } from './harness';
import { startOwnServer } from './server-state';

/**
 * Issue 13 in the browser, for the agenda and the controls in the call: agreeing an agenda the
 * other person agreed differently meanwhile shows the difference and saves nothing over it; focus
 * stays in place after Agree and Mark done; an offer is confirmed from the side panel.
 */
const TEAMS_MEETING = '19:meeting_e2e-controls@thread.v2';
const OFFER = 'Library staff to signpost the support centre';

async function openMeeting(browser: Browser, surface: 'meeting-details' | 'side-panel', as: string, width: number): Promise<Page> {
  const page = await openSurface(browser, { surface, plan: SAMPLE.planId, as, width, params: { meeting: TEAMS_MEETING } });
  // A call the plan has not seen may be one of the meetings planned around today: this one is new.
  const choice = page.getByRole('button', { name: 'A new meeting' });
  if (await choice.isVisible().catch(() => false)) await choice.click();
  return page;
}

/** The accessible name (or text) of the element that has focus. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
}

describe('agreeing the agenda and working through it, as the CEM and the ACLM', () => {
  let browser: Browser;

  // From the sample plan's next meeting as seeded, not as the specs before left it.
  let stopOwnServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    stopOwnServer = await startOwnServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stopOwnServer?.();
  });

  it('shows the difference instead of discarding an agenda agreed meanwhile, and keeps focus after Agree', async () => {
    const cem = await openMeeting(browser, 'meeting-details', SAMPLE.cem, 1024);
    const aclm = await openMeeting(browser, 'meeting-details', SAMPLE.aclm, 1024);
    const agreeAclm = aclm.getByRole('button', { name: 'Agree the agenda' });
    await agreeAclm.waitFor();

    // The ACLM moves the first item down; the CEM agrees the agenda as proposed.
    const firstMoveDown = aclm.getByRole('button', { name: /^Move “.*” down$/ }).first();
    await firstMoveDown.click();
    await cem.getByRole('button', { name: 'Agree the agenda' }).click();
    await cem.getByRole('button', { name: 'Change the agenda' }).waitFor();
    expect(await focused(cem)).toBe('Change the agenda');
    await cem.getByText('All changes saved').waitFor();

    // The ACLM's tab hears of it but keeps the change being made; agreeing shows the difference.
    await aclm.getByText('Agreed', { exact: true }).waitFor({ timeout: 5000 });
    await agreeAclm.click();
    const notice = aclm.getByRole('alert').filter({ hasText: 'agreed a different agenda while you were changing this one' });
    await notice.waitFor();
    expect(await notice.getByRole('list', { name: 'How your agenda differs from the one agreed' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await notice.getByRole('button', { name: 'Agree yours instead' }).click();
    await aclm.getByRole('button', { name: 'Change the agenda' }).waitFor();
    expect(await focused(aclm)).toBe('Change the agenda');

    // The skip link takes the keyboard to Agree.
    await aclm.getByRole('button', { name: 'Change the agenda' }).click();
    await aclm.getByRole('link', { name: 'Skip to “Agree the agenda”' }).click();
    expect(await focused(aclm)).toBe('Agree the agenda');

    expect(errorsOf(cem)).toEqual([]);
    expect(errorsOf(aclm)).toEqual([]);
  });

  it('confirms an offer and marks an action done from the side panel, focus staying on each button', async () => {
    const side = await openMeeting(browser, 'side-panel', SAMPLE.cem, 320);
    const agenda = side.getByRole('list', { name: 'Agenda' });
    await agenda.waitFor();

    await agenda.getByRole('button', { name: new RegExp(OFFER) }).click();
    const offer = side.getByRole('group', { name: `Offer: ${OFFER}` });
    await offer.getByRole('button', { name: `Confirm: ${OFFER}` }).click();
    await offer.getByText('Confirmed', { exact: true }).waitFor();
    expect(await focused(side)).toBe(`Confirm: ${OFFER}`);

    const markDone = side.getByRole('button', { name: /^Mark done: / }).first();
    const name = await markDone.getAttribute('aria-label');
    await markDone.click();
    await side.getByText('All changes saved', { exact: true }).first().waitFor();
    expect(await focused(side)).toBe(name);
    expect(errorsOf(side)).toEqual([]);
  });
});
