import type { Browser, Page } from 'playwright-core';
import { parseSavedAgenda, verbatimOf } from '../../src/agenda';
import { createGraphStore } from '../../src/storage/graph';
import { errorsOf, launchBrowser, openSurface, SAMPLE, seriousViolations } from './harness';
import { timeUntil } from './meeting/time-until';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * The acceptance, end to end in headless Chromium: two participants (the CEM's side panel
 * and the stage, opened as the ACLM) on the sample plan; what the side panel records shows on the
 * stage within 2 s of real time; it survives a reload; closing writes the Meetings row and the
 * next agenda leaves out the action that was done.
 */
const TEAMS_MEETING = '19:meeting_e2e-fortnightly@thread.v2';
const ACTION = 'Send the signposting card to the library service';
const DECISION = 'Library staff hand out the signposting card from Monday.';
const LIVE_BUDGET_MS = 2000;

type MeetingSurface = 'meeting-details' | 'side-panel' | 'stage';

/** A participant's meeting surface in a browser, the Teams meeting named in the URL as Teams' context would. */
function openMeeting(browser: Browser, surface: MeetingSurface, as: string, width: number, meeting = TEAMS_MEETING): Promise<Page> {
  return openSurface(browser, { surface, plan: SAMPLE.planId, as, width, params: { meeting } });
}

describe('the fortnightly meeting, side panel and stage as two participants', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('records in the side panel, shows it on the stage within 2 s, keeps it, and closes the meeting', async () => {
    const details = await openMeeting(browser, 'meeting-details', SAMPLE.cem, 1024);
    await details.getByRole('button', { name: 'Agree the agenda' }).click();
    await details.getByText('Agreed', { exact: true }).waitFor();
    await details.getByText('All changes saved').waitFor();
    expect(await seriousViolations(details)).toEqual([]);

    const side = await openMeeting(browser, 'side-panel', SAMPLE.cem, 320);
    const stage = await openMeeting(browser, 'stage', SAMPLE.aclm, 1600);
    await side.getByRole('heading', { level: 2, name: ACTION }).waitFor();
    await stage.locator('[data-live-status="live"]').waitFor();

    const stageAction = stage.locator('p').filter({ hasText: ACTION });
    const stageDecisions = stage.getByRole('list', { name: 'Recorded in this meeting' });

    let since = Date.now();
    await side.getByRole('button', { name: `Mark done: ${ACTION}` }).click();
    const doneShownAfter = await timeUntil(since, () => stageAction.getByText('Done', { exact: true }).isVisible());

    await side.getByRole('textbox', { name: 'Decision' }).fill(DECISION);
    since = Date.now();
    await side.getByRole('button', { name: 'Record the decision' }).click();
    const decisionShownAfter = await timeUntil(since, () => stageDecisions.getByText(DECISION).isVisible());

    expect(doneShownAfter).toBeLessThan(LIVE_BUDGET_MS);
    expect(decisionShownAfter).toBeLessThan(LIVE_BUDGET_MS);
    await side.getByText('All changes saved', { exact: true }).first().waitFor();

    expect(await seriousViolations(side)).toEqual([]);
    expect(await seriousViolations(stage)).toEqual([]);

    await stage.reload();
    await stageDecisions.getByText(DECISION).waitFor();
    await stageAction.getByText('Done', { exact: true }).waitFor();
    await side.reload();
    await side.getByRole('heading', { level: 2, name: ACTION }).waitFor();
    expect(await side.getByRole('combobox', { name: 'Status' }).textContent()).toBe('Done');

    await side.getByRole('button', { name: 'Close the meeting' }).click();
    await side.getByRole('button', { name: 'Close and write the minutes' }).click();
    await side.getByRole('heading', { level: 2, name: /^Minutes of the meeting on / }).waitFor();
    await stage.getByText('This meeting is closed.').waitFor();

    // The record, read back through the Graph API of the stand-in as the CEM.
    const { graphBaseUrl, siteId } = e2eServer();
    const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(SAMPLE.cem) });
    const plan = await store.loadPlan(SAMPLE.planId);
    const meeting = plan.sections.meetings.find((m) => m.values.TeamsMeetingId === TEAMS_MEETING);
    expect(meeting?.values.MeetingStatus).toBe('Closed');
    expect(parseSavedAgenda(String(meeting?.values.AgendaSnapshot)).items.map((i) => verbatimOf(i.title))).toContain(ACTION);
    expect(String(meeting?.values.Minutes)).toContain(DECISION);
    expect(plan.sections.decisions.filter((d) => d.values.MeetingKey === meeting?.key).map((d) => d.values.DecisionText)).toEqual([DECISION]);
    const action = plan.sections.actions.find((a) => a.values.ActionTitle === ACTION);
    expect(action?.values).toMatchObject({ Status: 'Done', ClosedInMeeting: meeting?.key, ClosedOn: meeting?.values.MeetingDate });

    // The next meeting's proposed agenda follows on from this one: the done action is gone.
    const next = await openMeeting(browser, 'meeting-details', SAMPLE.cem, 1024, '19:meeting_e2e-next@thread.v2');
    const nextAgenda = next.getByRole('list', { name: 'Agenda' });
    await nextAgenda.getByText('Confirm the farmers’ market stall').waitFor();
    expect(await nextAgenda.innerText()).not.toContain(ACTION);

    for (const page of [details, side, stage, next]) expect(errorsOf(page)).toEqual([]);
  });
});
