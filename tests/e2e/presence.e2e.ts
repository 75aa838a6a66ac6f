import type { Browser, Page } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE, seriousViolations } from './harness';
import { timeUntil } from './meeting/time-until';
import { e2eServer } from './server-state';

/**
 * Two people on one meeting, each in their own browser context (the CEM and the council's ACLM),
 * over the plan service's live stream: what one does in the details tab shows in the other's
 * details tab within a second, without a reload; where each is ("on item 2", "typing a
 * decision") reaches the other within a second.
 */
const TEAMS_MEETING = '19:meeting_e2e-presence@thread.v2';
const WITHIN_MS = 1000;

function open(browser: Browser, surface: 'meeting-details' | 'side-panel', as: string, width: number): Promise<Page> {
  return openSurface(browser, { surface, plan: SAMPLE.planId, as, width, params: { meeting: TEAMS_MEETING } });
}

const alsoHere = (page: Page) => page.getByRole('list', { name: 'Also here' });

describe('two people, live, with presence', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a change made in one details tab in the other within 1 s, and where the other person is within 1 s', async () => {
    const cem = await open(browser, 'meeting-details', SAMPLE.cem, 1024);
    const aclm = await open(browser, 'meeting-details', SAMPLE.aclm, 1024);
    // Each sees the other has the agenda open: both streams are live.
    await alsoHere(cem).getByText(/^Priya .* has the agenda open$/).waitFor();
    await alsoHere(aclm).getByText(/^Ava .* has the agenda open$/).waitFor();
    await aclm.getByText('Proposed', { exact: true }).waitFor();

    let since = Date.now();
    await cem.getByRole('button', { name: 'Agree the agenda' }).click();
    const agreed = await timeUntil(since, () => aclm.getByText('Agreed', { exact: true }).isVisible());
    console.log(`agenda agreed in one details tab, shown in the other's after ${agreed} ms`);
    expect(agreed).toBeLessThan(WITHIN_MS);
    expect(await aclm.getByText('Proposed', { exact: true }).count()).toBe(0);

    // The ACLM goes into the call: the CEM's details tab follows where she is.
    await aclm.context().close();
    const panel = await open(browser, 'side-panel', SAMPLE.aclm, 320);
    await panel.getByRole('heading', { level: 2 }).first().waitFor();
    await alsoHere(cem).getByText(/^Priya .* is on item 1$/).waitFor();
    await alsoHere(panel).getByText(/^Ava .* has the agenda open$/).waitFor();

    since = Date.now();
    await panel.getByRole('button', { name: 'Next' }).click();
    const moved = await timeUntil(since, () => alsoHere(cem).getByText(/^Priya .* is on item 2$/).isVisible());
    since = Date.now();
    await panel.getByRole('textbox', { name: 'Decision' }).pressSequentially('The hub');
    const typing = await timeUntil(since, () => alsoHere(cem).getByText(/^Priya .* is typing a decision$/).isVisible());
    console.log(`presence shown to the other person after ${moved} ms (moved on) / ${typing} ms (typing)`);
    expect(moved).toBeLessThan(WITHIN_MS);
    expect(typing).toBeLessThan(WITHIN_MS);

    // Announced politely, and nothing in the details tab breaks WCAG with presence on it.
    expect(await cem.locator('[role="status"]', { hasText: /is typing a decision/ }).count()).toBe(1);
    expect(await seriousViolations(cem)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);

    // Leaving says so ("away" as the page goes): the CEM no longer sees her.
    await panel.goto('about:blank');
    await alsoHere(cem).waitFor({ state: 'detached', timeout: 5000 });
    for (const page of [cem, panel]) expect(errorsOf(page)).toEqual([]);
  });

  it('neither hears nor sends presence for someone the plan does not name', async () => {
    const { url } = e2eServer();
    const token = async (email: string) => {
      const res = await fetch(`${url}/_entra/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, audience: 'service' }) });
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const outsider = { Authorization: `Bearer ${await token(SAMPLE.unsignedClm)}` };
    const plan = `${url}/api/v1/plans/${SAMPLE.planId}`;
    const events = await fetch(`${plan}/events`, { headers: outsider });
    expect(events.status).toBe(404);
    const sent = await fetch(`${plan}/presence`, { method: 'POST', headers: { ...outsider, 'Content-Type': 'application/json' }, body: JSON.stringify({ meetingId: 'm', activity: 'viewing' }) });
    expect(sent.status).toBe(404);
    expect((await fetch(`${plan}/presence`, { method: 'POST', body: '{}' })).status).toBe(401);
    // The ACLM the plan names may.
    const named = await fetch(`${plan}/presence`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await token(SAMPLE.aclm)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ meetingId: 'm', activity: 'viewing' }),
    });
    expect(named.status).toBe(204);
  });
});
