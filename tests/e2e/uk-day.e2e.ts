import type { Browser, Page } from 'playwright-core';
import { createGraphStore } from '../../src/storage/graph';
import { checked } from '../support/checked-values';
import { launchBrowser, surfaceAddress } from './harness';
import { e2eGraphToken, e2eServer } from './server-state';

/**
 * The plan is kept in the UK, so "overdue" and "due soon" turn over at midnight in the UK, not
 * at midnight wherever the reader's device happens to be (a laptop left on another time zone, a
 * colleague abroad). Played in Chromium with the device's clock set to a zone whose calendar day
 * is not the UK's at this moment.
 */
const PLAN = 'harrowgate-moor-council';
const CEM = 'ava.lindqvist@census.example';
const TITLE = 'Due on the day the UK calls today';

const dayIn = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A zone a day ahead of or behind the UK right now: between them the two span 25 hours. */
function zoneOnAnotherDay(): string {
  const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((z) => dayIn(z) !== dayIn('Europe/London'));
  if (!zone) throw new Error('no zone is on another day than the UK');
  return zone;
}

async function openIn(browser: Browser, timezoneId: string, route: string, surface: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(surfaceAddress({ surface, plan: PLAN, as: CEM, route }));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

describe("due dates against the UK's day", () => {
  let browser: Browser;
  const zone = zoneOnAnotherDay();
  const ukToday = dayIn('Europe/London');
  const deviceToday = dayIn(zone);
  // Due on whichever day is earlier: a device ahead of the UK calls it late although the UK's day
  // is not over; a device behind calls yesterday's work "due soon" although the UK's day has moved on.
  const due = ukToday < deviceToday ? ukToday : deviceToday;
  const expected = due < ukToday ? 'Overdue' : 'Due soon';
  const wrong = expected === 'Overdue' ? 'Due soon' : 'Overdue';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { graphBaseUrl, siteId } = e2eServer();
    const store = createGraphStore({ baseUrl: graphBaseUrl, siteId, getToken: () => e2eGraphToken(CEM) });
    await store.createRow({
      section: 'actions',
      planId: PLAN,
      key: `uk-day-${Date.now()}`,
      values: checked('actions', { ActionTitle: TITLE, Status: 'Open', DueDate: due, Owner: `Ava Lindqvist <${CEM}>` }),
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('flags an action in the section grid by the UK date, whatever the device’s zone', async () => {
    const page = await openIn(browser, zone, `/plan/${PLAN}/section/actions`, 'tab');
    const cell = page.getByRole('grid', { name: 'Actions' }).getByRole('row').filter({ hasText: TITLE }).locator('[data-cell="DueDate"]');
    await cell.waitFor();
    expect(await cell.innerText()).toContain(expected);
    expect(await cell.innerText()).not.toContain(wrong);
    await page.context().close();
  });

  it('flags it the same way in My actions', async () => {
    const page = await openIn(browser, zone, '/my-actions', 'personal');
    const row = page.getByRole('grid', { name: 'My actions' }).getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.innerText()).toContain(expected);
    expect(await row.innerText()).not.toContain(wrong);
    await page.context().close();
  });
});
