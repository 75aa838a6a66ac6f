import type { Browser, Locator, Page, Request } from 'playwright-core';
import { errorsOf, launchBrowser, openSurface, SAMPLE, seriousViolations } from './harness';
import { timeUntil } from './meeting/time-until';
import { startOwnServer } from './server-state';

/**
 * Issue 13's failures, one test each, with two people in one call: the CEM and the council's ACLM,
 * each in a browser context of their own (details tabs at 1024 px, side panels at 320 px) and the
 * stage at 960×540. Each test reproduces what used to go wrong and asserts it now holds. The
 * tests share one meeting and run in order: the agenda is agreed first, the call follows.
 */
const TEAMS_MEETING = '19:meeting_e2e-call-failures@thread.v2';
/** The first item of the sample plan's agenda: an action carried from the last meeting. */
const ACTION = 'Send the signposting card to the library service';
/** The "within 1 s", over the plan service's live stream. */
const WITHIN_MS = 1000;
/** Where the browser writes rows: the plan service's API. */
const ACTION_WRITES = /\/api\/v1\/plans\/[^/]+\/sections\/actions\/rows(\/|$)/;
const SERVICE_API = '**/api/v1/**';

type Surface = 'meeting-details' | 'side-panel' | 'stage';
type Theme = 'light' | 'dark' | 'contrast';

function open(browser: Browser, surface: Surface, as: string, width: number, height?: number, theme?: Theme): Promise<Page> {
  return openSurface(browser, { surface, plan: SAMPLE.planId, as, width, ...(height && { height }), ...(theme && { theme }), params: { meeting: TEAMS_MEETING } });
}

/** Every PATCH or POST a page sends to the actions' rows, counted from the moment it is called. */
function countActionWrites(page: Page): { readonly count: () => number; stop(): void } {
  let n = 0;
  const seen = (request: Request) => {
    if ((request.method() === 'PATCH' || request.method() === 'POST') && ACTION_WRITES.test(request.url())) n += 1;
  };
  page.on('request', seen);
  return { count: () => n, stop: () => page.off('request', seen) };
}

const feed = (page: Page) => page.getByRole('list', { name: 'Recorded in this meeting' });
const actionCard = (page: Page) => page.getByRole('group', { name: `Action: ${ACTION}` });
const owner = (page: Page) => actionCard(page).getByRole('textbox', { name: 'Owner' });
const due = (page: Page) => actionCard(page).locator('input[type="date"]');
const status = (page: Page) => actionCard(page).getByRole('combobox', { name: 'Status' });
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Opens a folded record form ("Add a note", "Raise a concern", …) unless it is open already. */
async function recordForm(page: Page, name: string): Promise<Locator> {
  const form = page.getByRole('form', { name });
  if (!(await form.isVisible())) await page.getByRole('button', { name }).first().click();
  await form.waitFor();
  return form;
}

/** Waits until a page's changes have all reached SharePoint (its "changes" status says so). */
async function allSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.getByText('All changes saved').first().waitFor({ timeout });
}

/** Takes a page off the plan service (its writes wait on the device) and back. */
async function offline(page: Page): Promise<void> {
  await page.context().route(SERVICE_API, (route) => route.abort('internetdisconnected'));
}
async function online(page: Page): Promise<void> {
  await page.context().unroute(SERVICE_API);
  // The change waits for its next retry; asking now keeps the test short (it may go by itself).
  const waiting = page.getByRole('button', { name: /waiting/ });
  if (await waiting.isVisible()) {
    await waiting.click({ timeout: 2000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Try now' }).click({ timeout: 2000 }).catch(() => undefined);
    await page.keyboard.press('Escape');
    // Its dialog is modal and gives focus back as it goes: typing before then is not typing here.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
}

/**
 * Chooses someone in "Add an action"'s Owner picker with the keyboard and leaves it, as a person
 * would: the used picker is what axe must find valid too (its list has closed by then).
 */
async function usePeoplePicker(page: Page): Promise<void> {
  const form = await recordForm(page, 'Add an action');
  const picker = form.getByRole('combobox', { name: 'Owner' });
  await picker.click();
  await picker.pressSequentially('Ava');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  // A role typed and left with an option still highlighted, as in test 7.
  await picker.pressSequentially('ACLM');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await picker.press('ArrowDown');
  await page.keyboard.press('Tab');
}

/** The nearest-rank 95th percentile. */
function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

describe('two people in one call: every failure of issue 13, now held', () => {
  let browser: Browser;
  let cemDetails: Page;
  let aclmDetails: Page;
  let cem: Page;
  let aclm: Page;
  let stage: Page;

  // The spec starts from the sample plan's next meeting as seeded; the shared server's has been
  // agreed and closed by the meeting specs before it.
  let stopOwnServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    stopOwnServer = await startOwnServer();
    browser = await launchBrowser();
    [cemDetails, aclmDetails, cem, aclm, stage] = await Promise.all([
      open(browser, 'meeting-details', SAMPLE.cem, 1024),
      open(browser, 'meeting-details', SAMPLE.aclm, 1024),
      open(browser, 'side-panel', SAMPLE.cem, 320),
      open(browser, 'side-panel', SAMPLE.aclm, 320),
      open(browser, 'stage', SAMPLE.aclm, 960, 540),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopOwnServer?.();
  });

  it('2. both agree the agenda at once, then one agrees while the other edits: no edit discarded silently', async () => {
    for (const page of [cemDetails, aclmDetails]) await page.getByText('Proposed', { exact: true }).waitFor();
    // Both press Agree at the same moment: the same agenda, agreed once, no conflict for either.
    await Promise.all([cemDetails, aclmDetails].map((page) => page.getByRole('button', { name: 'Agree the agenda' }).click()));
    for (const page of [cemDetails, aclmDetails]) {
      await page.getByText('Agreed', { exact: true }).waitFor();
      await allSaved(page);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
    }

    // Both start changing it; the CEM adds an item and agrees while the ACLM is still editing.
    const addItem = async (page: Page, title: string) => {
      const form = page.getByRole('form', { name: 'Add an item to the agenda' });
      await form.getByRole('textbox', { name: 'New item' }).fill(title);
      await form.getByRole('button', { name: 'Add to the agenda' }).click();
    };
    const fromCem = 'Book the hall for the March drop-in';
    const fromAclm = 'Ask the library for a noticeboard';
    for (const page of [cemDetails, aclmDetails]) await page.getByRole('button', { name: 'Change the agenda' }).click();
    await addItem(aclmDetails, fromAclm);
    await addItem(cemDetails, fromCem);
    await cemDetails.getByRole('button', { name: 'Agree the agenda' }).click();
    await allSaved(cemDetails);

    // The ACLM's tab is live, but her unsaved edit stays in front of her.
    const aclmList = aclmDetails.getByRole('list', { name: 'Agenda' });
    await aclmList.getByText(fromAclm).waitFor();
    await aclmDetails.getByRole('button', { name: 'Agree the agenda' }).click();
    // Agreeing over the CEM's agenda is not silent: the difference is shown, and who made it.
    const notice = aclmDetails.getByRole('list', { name: 'How your agenda differs from the one agreed' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`Only in yours: ${fromAclm}`);
    expect(await notice.innerText()).toContain(`Only in theirs: ${fromCem}`);
    await aclmDetails.getByText(/^Ava Lindqvist agreed a different agenda while you were changing this one/).waitFor();
    // Nothing was saved over the CEM's agenda meanwhile.
    await cemDetails.getByRole('list', { name: 'Agenda' }).getByText(fromCem).waitFor();
    expect(await cemDetails.getByRole('list', { name: 'Agenda' }).getByText(fromAclm).count()).toBe(0);

    // She takes theirs, adds hers to it, and agrees: both items are on the agenda both see.
    await aclmDetails.getByRole('button', { name: 'Keep theirs' }).click();
    await aclmDetails.getByRole('button', { name: 'Change the agenda' }).click();
    await addItem(aclmDetails, fromAclm);
    await aclmDetails.getByRole('button', { name: 'Agree the agenda' }).click();
    await allSaved(aclmDetails);
    for (const page of [cemDetails, aclmDetails]) {
      const list = page.getByRole('list', { name: 'Agenda' });
      await list.getByText(fromAclm).waitFor();
      await list.getByText(fromCem).waitFor();
    }
    for (const page of [cemDetails, aclmDetails]) expect(errorsOf(page)).toEqual([]);
  });

  it('1. two notes recorded at the same moment are both kept and both shown to both', async () => {
    for (const page of [cem, aclm]) await page.getByRole('heading', { level: 2, name: ACTION }).waitFor();
    await stage.locator('[data-live-status="live"]').waitFor();

    const fromCem = 'Ava: the hub is free on Tuesdays.';
    const fromAclm = 'Priya: the library closes early on Fridays.';
    const forms = await Promise.all([recordForm(cem, 'Add a note'), recordForm(aclm, 'Add a note')]);
    await forms[0].getByRole('textbox', { name: 'Note' }).fill(fromCem);
    await forms[1].getByRole('textbox', { name: 'Note' }).fill(fromAclm);
    await Promise.all(forms.map((form) => form.getByRole('textbox', { name: 'Note' }).press('Control+Enter')));
    for (const page of [cem, aclm, stage]) {
      await feed(page).getByText(fromCem).waitFor();
      await feed(page).getByText(fromAclm).waitFor();
    }
    // Nothing lost on the way to SharePoint either: a fresh page reads both back, once each.
    await Promise.all([allSaved(cem), allSaved(aclm)]);
    await stage.reload();
    await feed(stage).getByText(fromAclm).waitFor();
    expect(await feed(stage).getByText(fromCem).count()).toBe(1);
    expect(await feed(stage).getByText(fromAclm).count()).toBe(1);
  });

  it('4. an incoming save never replaces the field that has focus: it shows beside it', async () => {
    const mine = 'Library team';
    const theirs = 'Kestrel Vale hubs';
    await owner(cem).click();
    await owner(cem).fill(mine);
    await owner(aclm).fill(theirs);
    await owner(aclm).press('Enter');
    await allSaved(aclm);

    const beside = actionCard(cem).getByRole('status').filter({ hasText: `changed this to “${theirs}” while you were typing` });
    await beside.waitFor();
    expect(await beside.innerText()).toMatch(/^Priya /);
    expect(await owner(cem).inputValue()).toBe(mine);
    expect(await isFocused(owner(cem))).toBe(true);
    // Typing on goes on from what I typed, not from their value.
    await owner(cem).press('End');
    await owner(cem).pressSequentially(' (hubs)');
    expect(await owner(cem).inputValue()).toBe(`${mine} (hubs)`);

    await beside.getByRole('button', { name: 'Keep mine' }).click();
    await allSaved(cem);
    await timeUntil(Date.now(), async () => (await owner(aclm).inputValue()) === `${mine} (hubs)`);
  });

  it('5. typing a due date sends one save when done and never clears it; arrow keys in Status do not save', async () => {
    const writes = countActionWrites(cem);
    await due(cem).click();
    // Typed digit by digit, as a person would (the browser's own date field, en-US order).
    await due(cem).press('Home');
    await due(cem).pressSequentially('03152027');
    expect(await due(cem).inputValue()).toBe('2027-03-15');
    expect(writes.count()).toBe(0);
    // Done: Enter confirms it, then the person moves on (leaving the field sends nothing more).
    await cem.keyboard.press('Enter');
    await timeUntil(Date.now(), async () => (await due(aclm).inputValue()) === '2027-03-15');
    await cem.getByRole('heading', { level: 1 }).click();
    await allSaved(cem);
    expect(writes.count()).toBe(1);

    // Half typed (one part cleared) and left: nothing is saved, the date is never cleared.
    await due(cem).click();
    await due(cem).press('Home');
    await due(cem).press('Backspace');
    await cem.getByRole('heading', { level: 1 }).click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(writes.count()).toBe(1);
    expect(await due(aclm).inputValue()).toBe('2027-03-15');

    // Arrow keys through Status choose nothing; choosing an option saves once.
    const before = (await status(cem).textContent()) ?? '';
    await status(cem).focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown', 'Escape']) await status(cem).press(key);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(writes.count()).toBe(1);
    expect(await status(aclm).textContent()).toBe(before);
    const next = before === 'In progress' ? 'Open' : 'In progress';
    await status(cem).click();
    await cem.getByRole('option', { name: next }).click();
    await timeUntil(Date.now(), async () => (await status(aclm).textContent()) === next);
    expect(writes.count()).toBe(2);
    writes.stop();
  });

  it('6. Status changed by one while the other changes Due: no conflict, both land', async () => {
    // The ACLM's change starts from the row as it was before the CEM's (she is cut off meanwhile).
    await offline(aclm);
    const newStatus = (await status(aclm).textContent()) === 'Open' ? 'In progress' : 'Open';
    await status(aclm).click();
    await aclm.getByRole('option', { name: newStatus }).click();
    await due(cem).click();
    await due(cem).press('Home');
    await due(cem).pressSequentially('04302027');
    await cem.keyboard.press('Enter');
    await allSaved(cem);
    await online(aclm);
    await allSaved(aclm);
    for (const page of [cem, aclm]) {
      await timeUntil(Date.now(), async () => (await status(page).textContent()) === newStatus && (await due(page).inputValue()) === '2027-04-30');
      expect(await page.getByRole('alertdialog').count()).toBe(0);
    }
  });

  it('10. both change the Owner at once: one conflict naming who and when, that field only, both values offered', async () => {
    // The ACLM loses her connection altogether (the live stream too), so her change starts from
    // the row as it was before the CEM's, and neither sees the other's until she is back.
    const before = await owner(aclm).inputValue();
    const mine = `Kestrel Vale hubs ${Date.now() % 1000}`;
    const theirs = `Library team ${Date.now() % 1000}`;
    await aclm.context().setOffline(true);
    try {
      // Her panel knows it is cut off before she types.
      await aclm.locator('[data-live-status="offline"]').first().waitFor();
      await owner(aclm).fill(mine);
      await owner(aclm).press('Enter');
      await owner(cem).fill(theirs);
      await owner(cem).press('Enter');
      await allSaved(cem);
      expect(await owner(aclm).inputValue()).toBe(mine);
      expect(await owner(cem).inputValue()).not.toBe(before);
    } finally {
      // Back online whatever happened: the tests after this one need her connected.
      await aclm.context().setOffline(false);
    }
    const since = Date.now();
    await online(aclm);

    // Exactly one conflict, for her; none for him, whose change landed first.
    const dialog = aclm.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await aclm.getByRole('alertdialog').count()).toBe(1);
    expect(await cem.getByRole('alertdialog').count()).toBe(0);
    // It says who changed it and when (the CEM, within this test's minute or so).
    const said = await dialog.getByText(/ changed it at \d\d:\d\d on /).innerText();
    expect(said).toMatch(/^Ava Lindqvist changed it at \d\d:\d\d on \d{1,2} \w+\.$/);
    const [hh, mm] = said.match(/(\d\d):(\d\d)/)!.slice(1).map(Number);
    const minutes = (d: Date) => d.getHours() * 60 + d.getMinutes();
    expect(Math.abs(hh! * 60 + mm! - minutes(new Date(since)))).toBeLessThanOrEqual(2);
    // Only the field both changed, with both values side by side.
    const rows = dialog.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(2);
    const row = rows.nth(1);
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Owner', mine, theirs]);

    // She keeps hers: it lands for both, and his is what the dialog showed as saved.
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await allSaved(aclm);
    for (const page of [cem, aclm]) await timeUntil(Date.now(), async () => (await owner(page).inputValue()) === mine);
    for (const page of [cem, aclm]) expect(await page.getByRole('alertdialog').count()).toBe(0);
  });

  it('7. every kind recorded by one shows for the other and on the stage within 1 s (p95)', async () => {
    const samples: number[] = [];
    const measure = async (kind: string, text: string, submit: () => Promise<void>) => {
      const since = Date.now();
      await submit();
      const shown = await Promise.all([
        timeUntil(since, () => feed(aclm).getByText(text).isVisible()),
        timeUntil(since, () => feed(stage).getByText(text).isVisible()),
      ]);
      console.log(`${kind}: shown to the other person after ${shown[0]} ms, on the stage after ${shown[1]} ms`);
      samples.push(...shown);
    };
    const fill = async (form: Locator, fields: Readonly<Record<string, string>>) => {
      for (const [label, value] of Object.entries(fields)) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
    };

    const decision = 'The hubs hand out the signposting card from Monday.';
    const decisionBox = cem.getByRole('form', { name: 'Record a decision' }).getByRole('textbox', { name: 'Decision' });
    await decisionBox.fill(decision);
    await measure('decision', decision, () => decisionBox.press('Control+Enter'));

    const action = 'Print 200 more signposting cards';
    const actionForm = await recordForm(cem, 'Add an action');
    await fill(actionForm, { Action: action });
    // Owner is a people picker: a role is taken as typed when the field is left.
    await actionForm.getByRole('combobox', { name: 'Owner' }).fill('ACLM');
    await cem.keyboard.press('Tab');
    await actionForm.getByRole('combobox', { name: 'Due' }).fill('2027-02-12');
    await cem.keyboard.press('Tab');
    await measure('action', action, () => actionForm.getByRole('textbox', { name: 'Action', exact: true }).press('Control+Enter'));
    for (const page of [aclm, stage]) {
      const entry = feed(page).getByRole('listitem').filter({ hasText: action });
      expect(await entry.innerText()).toMatch(/ACLM · 12 Feb(ruary)? 2027/);
    }

    const concern = 'Older residents do not trust the online form.';
    const concernForm = await recordForm(cem, 'Raise a concern');
    await fill(concernForm, { 'Community or group': 'Older residents', 'Concern raised': concern });
    await measure('concern', concern, () => concernForm.getByRole('textbox', { name: 'Concern raised' }).press('Control+Enter'));

    const update = 'Two drop-in sessions booked at the mosque.';
    const updateForm = await recordForm(cem, 'Add a community update');
    await fill(updateForm, { Community: 'Muslim community', 'Engagement activity update': update });
    await measure('update', update, () => updateForm.getByRole('textbox', { name: 'Engagement activity update' }).press('Control+Enter'));

    const note = 'The parish council will share the card in its newsletter.';
    const noteForm = await recordForm(cem, 'Add a note');
    await fill(noteForm, { Note: note });
    await measure('note', note, () => noteForm.getByRole('textbox', { name: 'Note' }).press('Control+Enter'));

    // Who recorded it shows with it, for the other person.
    expect(await feed(aclm).getByRole('listitem').filter({ hasText: note }).innerText()).toMatch(/recorded by Ava/);
    console.log(`p95 over ${samples.length} arrivals: ${p95(samples)} ms`);
    expect(p95(samples)).toBeLessThan(WITHIN_MS);
  });

  it('8. the stage at 960×540 never scrolls and shows the item, its actions, the latest decision and "item N of M"', async () => {
    const size = await stage.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, innerHeight: window.innerHeight, innerWidth: window.innerWidth }));
    expect(size.height).toBeLessThanOrEqual(size.innerHeight);
    expect(size.width).toBeLessThanOrEqual(size.innerWidth);
    expect(size.innerWidth).toBe(960);
    await stage.getByText(/^Item 1 of \d+$/).waitFor();
    await stage.locator('p').filter({ hasText: ACTION }).first().waitFor();
    const actions = stage.getByRole('list', { name: 'Actions on this item' });
    expect(await actions.getByRole('listitem').filter({ hasText: ACTION }).innerText()).toMatch(/\S · 30 Apr(il)? 2027 · (Open|In progress)$/);
    await feed(stage).getByText('The hubs hand out the signposting card from Monday.').waitFor();
    // The newest entry comes first, wholly on screen: a late record never falls below a fold.
    const newest = feed(stage).getByRole('listitem').first();
    expect(await newest.innerText()).toContain('The parish council will share the card in its newsletter.');
    const inView = await newest.evaluate((entry) => {
      const box = entry.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    });
    expect(inView).toBe(true);
  });

  it('3. the other person presses Next while I type a decision: my draft and my focus stay', async () => {
    const box = cem.getByRole('form', { name: 'Record a decision' }).getByRole('textbox', { name: 'Decision' });
    await box.click();
    await box.pressSequentially('The card goes to');
    await aclm.getByRole('button', { name: 'Next' }).click();
    await cem.getByText(/^Priya .* moved the meeting to item 2: .*You stay here with what you are writing\.$/).waitFor();
    expect(await box.inputValue()).toBe('The card goes to');
    expect(await isFocused(box)).toBe(true);
    await cem.getByRole('heading', { level: 2, name: ACTION }).waitFor();

    // Typing on, then Ctrl+Enter: the decision is recorded on the item it was written for.
    const decision = 'The card goes to every GP surgery.';
    await box.pressSequentially(' every GP surgery.');
    await box.press('Control+Enter');
    await feed(aclm).getByText(decision).waitFor();
    expect(await box.inputValue()).toBe('');
    await cem.getByRole('button', { name: 'Follow' }).click();
    await cem.getByText(/^Item 2 of \d+$/).first().waitFor();
  });

  it('9. axe finds no serious violation on the side panel (its people picker used), details tab and stage in light, dark and contrast', async () => {
    const found: string[] = [];
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const themed: readonly [string, Page][] = [
        ['side panel', await open(browser, 'side-panel', SAMPLE.aclm, 320, undefined, theme)],
        ['details tab', await open(browser, 'meeting-details', SAMPLE.aclm, 1024, undefined, theme)],
        ['stage', await open(browser, 'stage', SAMPLE.cem, 960, 540, theme)],
      ];
      for (const [name, page] of themed) {
        await page.getByText('All changes saved').or(page.locator('[data-live-status="live"]')).first().waitFor();
        if (name === 'side panel') await usePeoplePicker(page);
        found.push(...(await seriousViolations(page)).map((v) => `${name} ${theme}: ${v}`));
        expect(errorsOf(page)).toEqual([]);
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
    for (const page of [cemDetails, aclmDetails, cem, aclm, stage]) expect(errorsOf(page)).toEqual([]);
  });
});
