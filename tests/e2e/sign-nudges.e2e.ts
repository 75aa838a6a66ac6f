import type { Browser, Page } from 'playwright-core';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { errorsOf, launchBrowser, openSurface, SAMPLE, seriousViolations } from './harness';
import { e2eServer } from './server-state';

/**
 * Sign-off that says what changed and asks for signatures again, the nudges behind it, and the
 * local demo's switcher, in Chromium against the plan service over the stand-in. Kestrel Vale's
 * plan is signed; one key contact's phone number is changed for these tests and put back after.
 */
const PLAN = SAMPLE.planId;
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const CLM = kestrel.clm.email;
const SIGN_OFF = `/plan/${PLAN}/sign-off`;
const THEMES = ['light', 'dark', 'contrast'] as const;

/** One request to the plan service as a sample person (a token from the local issuer). */
async function asPerson(email: string, method: string, path: string, body?: unknown): Promise<any> {
  const tokenRes = await fetch(`${e2eServer().url}/_entra/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, audience: 'service' }) });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch(`${e2eServer().url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} as ${email}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** Changes Gareth Lowe's phone number as the CEM; returns how to put it back. */
async function changeGarethsPhone(phone: string): Promise<{ before: string; restore(): Promise<void> }> {
  const plan = await asPerson(SAMPLE.cem, 'GET', `/plans/${PLAN}`);
  const gareth = (plan.sections.keyContacts as { key: string; etag: string; values: Record<string, unknown> }[]).find((r) => r.values.ContactName === 'Gareth Lowe')!;
  const before = String(gareth.values.Phone);
  await asPerson(SAMPLE.cem, 'PATCH', `/plans/${PLAN}/sections/keyContacts/rows/${encodeURIComponent(gareth.key)}`, { changes: { Phone: phone } });
  return { before, restore: () => asPerson(SAMPLE.cem, 'PATCH', `/plans/${PLAN}/sections/keyContacts/rows/${encodeURIComponent(gareth.key)}`, { changes: { Phone: before } }) };
}

async function openSignOff(browser: Browser, as: string, theme?: (typeof THEMES)[number]): Promise<Page> {
  const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as, route: SIGN_OFF, ...(theme && { theme }) });
  await page.getByRole('heading', { name: 'Sign-off', level: 1 }).waitFor();
  return page;
}

describe('sign-off and its nudges in a browser', () => {
  let browser: Browser;
  let putBack: (() => Promise<void>) | undefined;
  let phoneBefore = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const changed = await changeGarethsPhone('01632 960 999');
    putBack = changed.restore;
    phoneBefore = changed.before;
  });

  afterAll(async () => {
    await putBack?.();
    await browser?.close();
  });

  it('shows each changed field as signed and as now, with no serious axe violation in any theme', async () => {
    for (const theme of THEMES) {
      const page = await openSignOff(browser, SAMPLE.cem, theme);
      await page.getByRole('button', { name: /^Key contacts — / }).click();
      const table = page.getByRole('table', { name: 'What changed in Gareth Lowe' });
      await table.waitFor();
      const cells = await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
      expect(cells).toEqual(['Phone number', phoneBefore, '01632 960 999']);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it("respects the CLM's opt-out, and the CEM's request reaches the ACLM as they next open the tab", async () => {
    // The CLM turns "a plan waits for my signature" off in the app.
    const clm = await openSignOff(browser, CLM);
    await clm.getByRole('button', { name: 'Notifications' }).click();
    const settings = clm.getByRole('dialog', { name: 'Notifications in Teams' });
    const signature = settings.getByRole('switch', { name: 'A plan waits for my signature' });
    await signature.waitFor();
    expect(await signature.isChecked()).toBe(true);
    await signature.click();
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'detached' });
    await clm.context().close();
    expect((await asPerson(CLM, 'GET', '/me/notification-settings')).off).toEqual(['signatureRequested']);

    const cem = await openSignOff(browser, SAMPLE.cem);
    await cem.getByRole('button', { name: 'Ask the ACLM and the CLM to sign again' }).click();
    await cem.getByText('Asked 2 people to sign.', { exact: false }).waitFor();
    await cem.context().close();

    // Council people are in another tenant, where Teams does not deliver: the tab shows the nudge.
    const aclm = await openSurface(browser, { surface: 'personal', as: SAMPLE.aclm });
    const nudge = aclm.getByRole('link', { name: 'Ava Lindqvist asks you to sign the plan for Kestrel Vale District Council' });
    await nudge.waitFor();
    expect(await seriousViolations(aclm)).toEqual([]);
    // Reading the digest keeps it: after a reload it is still there until dismissed.
    await aclm.reload();
    await nudge.waitFor();
    await nudge.click();
    await aclm.getByRole('heading', { name: 'Sign-off', level: 1 }).waitFor();
    expect(aclm.url()).toContain(`as=${encodeURIComponent(SAMPLE.aclm)}`);
    await aclm.context().close();
    // Following the link said it was seen, even though the page it was on went away.
    const keptFor = async () => (await asPerson(SAMPLE.aclm, 'GET', '/me/digest')).value as unknown[];
    for (let tries = 0; tries < 20 && (await keptFor()).length > 0; tries++) await new Promise((settle) => setTimeout(settle, 250));
    expect(await keptFor()).toEqual([]);

    const clmAgain = await openSurface(browser, { surface: 'personal', as: CLM });
    await clmAgain.getByRole('heading', { level: 1 }).first().waitFor();
    await clmAgain.waitForTimeout(1000);
    expect(await clmAgain.getByText(/asks you to sign/).count()).toBe(0);
    await clmAgain.context().close();
    await asPerson(CLM, 'PUT', '/me/notification-settings', { off: [] });
  });

  it('shows the changed plan as such in the roll-up, with no serious axe violation in any theme', async () => {
    for (const theme of THEMES) {
      const page = await openSurface(browser, { surface: 'manager', as: SAMPLE.manager, theme });
      const row = page.getByRole('grid', { name: 'Plans by council' }).getByRole('row', { name: /Kestrel Vale District Council/ });
      await row.waitFor();
      expect(await row.innerText()).toContain('Changed since signed');
      expect(await page.getByRole('button', { name: /^Export \d+ plans shown to Excel$/ }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it("clears the previous person's cached plans when the demo switches person, and links follow the switch", async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: PLAN, as: SAMPLE.aclm, route: `/plan/${PLAN}` });
    const cacheOf = (email: string) => `lapp-plan-cache:${e2eServer().siteId}:${email}`;
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    await page.waitForFunction(async (name) => (await indexedDB.databases()).some((d) => d.name === name), cacheOf(SAMPLE.aclm));

    await page.getByRole('button', { name: /^Signed in as/ }).click();
    const tom = page.getByRole('menuitemradio', { name: /Tom Ashcroft/ });
    await tom.waitFor();
    expect(await tom.innerText()).toContain('Census liaison manager, Kestrel Vale District Council');
    await tom.click();
    await page.getByRole('button', { name: 'Signed in as Tom Ashcroft' }).waitFor();
    await page.waitForFunction(async (name) => !(await indexedDB.databases()).some((d) => d.name === name), cacheOf(SAMPLE.aclm));
    expect(await databases()).not.toContain(cacheOf(SAMPLE.aclm));
    expect(new URL(page.url()).searchParams.get('as')).toBe(CLM);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
