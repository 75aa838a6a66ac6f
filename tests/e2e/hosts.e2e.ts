import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SAMPLE, surfaceAddress, type SurfaceOptions } from './harness';
import { e2eServer } from './server-state';
import { launchHostBrowser, openInHost, type HostedSurface, type HostKind, type HostOptions } from './support/teams-host';
import { PINNED_TEAMS_JS_VERSION } from './support/teams-host-core';
import type { HostFrameContext } from './support/teams-host-core';

/**
 * Each surface inside a host that speaks teams-js's protocol: it must end the host's loading
 * indicator with notifySuccess (once), follow the host's theme, and initialise on Teams mobile,
 * where there is no parent frame. Outlook and Teams frame the app from their own origins, so the
 * app's Content-Security-Policy is tested with them.
 */
let browser: Browser;
const open: HostedSurface[] = [];

beforeAll(async () => {
  browser = await launchHostBrowser();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((hosted) => hosted.close()));
});
afterAll(async () => {
  await browser.close();
});

async function hosted(host: HostKind, frameContext: HostFrameContext, surface: SurfaceOptions, extra: Partial<HostOptions> = {}): Promise<HostedSurface> {
  const opened = await openInHost(browser, { host, frameContext, url: surfaceAddress(surface), ...extra });
  open.push(opened);
  return opened;
}

async function expectShownAndReported(surface: HostedSurface, heading?: string | RegExp): Promise<void> {
  await expect(surface.outcome()).resolves.toEqual({ type: 'success' });
  expect(surface.calls().filter((call) => call === 'appInitialization.success')).toHaveLength(1);
  expect(surface.calls()).not.toContain('appInitialization.failure');
  const h1 = surface.app.getByRole('heading', { level: 1 }).first();
  await h1.waitFor();
  if (heading) expect(await h1.innerText()).toMatch(heading);
}

const MEETING = 'meeting-kestrel-1';

describe('the host simulator', () => {
  it(`speaks the protocol of the teams-js version the app installs (${PINNED_TEAMS_JS_VERSION})`, () => {
    const installed = JSON.parse(readFileSync(path.resolve(__dirname, '../../node_modules/@microsoft/teams-js/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(PINNED_TEAMS_JS_VERSION);
  });

  it('shows its own error when a tab never reports within the watchdog', async () => {
    const silent = await openInHost(browser, { host: 'teams', frameContext: 'content', url: `${e2eServer().url}/app-config.json`, watchdogMs: 1500 });
    open.push(silent);
    await expect(silent.outcome()).resolves.toEqual({ type: 'watchdog' });
    expect(await silent.page.getByRole('status').innerText()).toMatch(/couldn't reach this app/);
  });

  it('is the only kind of page that may frame the app: a host Microsoft does not list is refused', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const tab = surfaceAddress({ surface: 'personal' });
      await context.route('https://evil.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: `<iframe src="${tab}"></iframe>` }));
      const [response] = await Promise.all([page.waitForResponse((r) => r.url() === tab), page.goto('https://evil.example/host')]);
      expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame?.url()).not.toBe(tab);
    } finally {
      await context.close();
    }
  });
});

describe('every surface ends the loading indicator with notifySuccess', () => {
  it('the channel tab, inside Teams', async () => {
    await expectShownAndReported(await hosted('teams', 'content', { surface: 'tab', plan: SAMPLE.planId }, { entityId: `lapp-${SAMPLE.planId}` }));
  });

  it('the configuration page, which also tells Teams when Save may be pressed', async () => {
    const config = await hosted('teams', 'settings', { surface: 'config' });
    await expectShownAndReported(config);
    expect(config.calls()).toContain('settings.setValidityState');
  });

  it('My plans, the personal tab', async () => {
    await expectShownAndReported(await hosted('teams', 'content', { surface: 'personal' }), /plans/i);
  });

  it('the managers’ roll-up', async () => {
    await expectShownAndReported(await hosted('teams', 'content', { surface: 'manager', as: SAMPLE.manager }));
  });

  it('site set-up', async () => {
    await expectShownAndReported(await hosted('teams', 'content', { surface: 'site-setup' }));
  });

  it('the error screen of a plan that does not exist', async () => {
    const missing = await hosted('teams', 'content', { surface: 'tab', plan: 'no-such-council' });
    await expect(missing.outcome()).resolves.toEqual({ type: 'success' });
    await missing.app.getByText(/no-such-council/).first().waitFor();
  });

  it('the meeting side panel', async () => {
    await expectShownAndReported(await hosted('teams', 'sidePanel', { surface: 'tab', plan: SAMPLE.planId }, { meetingId: MEETING }));
  });

  it('the meeting stage', async () => {
    await expectShownAndReported(await hosted('teams', 'meetingStage', { surface: 'tab', plan: SAMPLE.planId }, { meetingId: MEETING }));
  });

  it('My plans in Outlook, which frames the app from outlook.office365.com', async () => {
    const outlook = await hosted('outlook', 'content', { surface: 'personal' });
    await expectShownAndReported(outlook, /plans/i);
    expect(outlook.calls()).toContain('getContext');
  });
});

describe('Teams mobile', () => {
  it('initialises teams-js in a top-level webview with nativeInterface, and reports success', async () => {
    const mobile = await hosted('mobile', 'content', { surface: 'personal' });
    await expectShownAndReported(mobile, /plans/i);
    expect(mobile.calls().slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(await mobile.page.evaluate(() => window.self === window.top)).toBe(true);
  });
});

describe('the theme follows the host', () => {
  /** The page background the app's Fluent theme gives, e.g. #ffffff in the light theme. */
  const background = (surface: HostedSurface) =>
    surface.app.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).getPropertyValue('--colorNeutralBackground1').trim());
  const backgroundLeaves = (surface: HostedSurface, before: string) =>
    surface.app.waitForFunction(
      (old) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).getPropertyValue('--colorNeutralBackground1').trim() !== old,
      before,
    );

  it('starts in the host’s theme and changes when the host changes it', async () => {
    const tab = await hosted('teams', 'content', { surface: 'personal' }, { theme: 'dark' });
    await expectShownAndReported(tab);
    const dark = await background(tab);
    await tab.setTheme('default');
    await backgroundLeaves(tab, dark);
    const light = await background(tab);
    expect(light.toLowerCase()).toBe('#ffffff');
    expect(dark.toLowerCase()).not.toBe('#ffffff');
    await tab.setTheme('contrast');
    await backgroundLeaves(tab, light);
    expect(await background(tab)).not.toBe(light);
  });

  it('on Teams mobile too', async () => {
    const mobile = await hosted('mobile', 'content', { surface: 'personal' }, { theme: 'default' });
    await expectShownAndReported(mobile);
    const light = await background(mobile);
    await mobile.setTheme('dark');
    await backgroundLeaves(mobile, light);
    expect(await background(mobile)).not.toBe(light);
  });
});
