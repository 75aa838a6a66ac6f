import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../harness';
import { installHostCore, type HostEvent, type HostFrameContext, type HostScenario } from './teams-host-core';

/**
 * A Teams (or Outlook) host for the end-to-end tests: it loads a surface the way each client does
 * and speaks teams-js's protocol to it (see teams-host-core.ts), so loading, context, theme and
 * the loading indicator are tested rather than assumed.
 *
 * - `teams` and `outlook`: a host page served (by Playwright, never the network) at
 *   https://teams.microsoft.com or https://outlook.office365.com that frames the app, so the app's
 *   own Content-Security-Policy decides whether it may be framed there;
 * - `mobile`: Teams on iOS and Android, the app as the top-level page of a webview with
 *   `window.nativeInterface` and no parent frame.
 */
export type HostKind = 'teams' | 'outlook' | 'mobile';

const HOSTS: Record<HostKind, Pick<HostScenario, 'hostOrigin' | 'hostName' | 'clientType'>> = {
  teams: { hostOrigin: 'https://teams.microsoft.com', hostName: 'Teams', clientType: 'web' },
  outlook: { hostOrigin: 'https://outlook.office365.com', hostName: 'Outlook', clientType: 'web' },
  mobile: { hostOrigin: 'https://teams.microsoft.com', hostName: 'Teams', clientType: 'android' },
};

export interface HostOptions {
  readonly host: HostKind;
  /** The app's address, as the manifest gives it to the host. */
  readonly url: string;
  readonly frameContext: HostFrameContext;
  readonly theme?: HostScenario['theme'];
  readonly meetingId?: string;
  readonly entityId?: string;
  readonly subEntityId?: string;
  readonly watchdogMs?: number;
}

export interface HostedSurface {
  readonly page: Page;
  /** The app's document: the frame inside the host page, or the page itself on mobile. */
  readonly app: Frame;
  readonly events: readonly HostEvent[];
  /** Names of the protocol calls the app made, in order. */
  calls(): string[];
  /** Waits for the app to end the loading indicator, one way or the other, or for the watchdog. */
  outcome(): Promise<HostEvent>;
  setTheme(theme: HostScenario['theme']): Promise<void>;
  close(): Promise<void>;
}

const SIMULATED_USER = { id: 'user-ava', displayName: 'Ava Lindqvist', userPrincipalName: 'ava.lindqvist@census.example', tenantId: 'tenant-census' };

function scenarioFor(options: HostOptions): HostScenario {
  return {
    ...HOSTS[options.host],
    frameContext: options.frameContext,
    theme: options.theme ?? 'default',
    locale: 'en-GB',
    user: SIMULATED_USER,
    watchdogMs: options.watchdogMs ?? 30_000,
    ...(options.meetingId !== undefined && { meetingId: options.meetingId, chatId: `19:meeting_${options.meetingId}@thread.v2` }),
    ...(options.entityId !== undefined && { entityId: options.entityId }),
    ...(options.subEntityId !== undefined && { subEntityId: options.subEntityId }),
  };
}

/** The host page: a full-size frame for the tab, and the protocol over postMessage. */
function hostPage(scenario: HostScenario, appUrl: string): string {
  const boot = `
    const frame = document.getElementById('tab');
    const appOrigin = new URL(${JSON.stringify(appUrl)}).origin;
    const core = (${installHostCore.toString()})(${JSON.stringify(scenario)}, {
      post: (message) => frame.contentWindow.postMessage(message, appOrigin),
      report: (event) => {
        if (event.type === 'watchdog') document.getElementById('status').textContent = "We couldn't reach this app.";
        window.lappHostReport(event);
      },
    });
    window.addEventListener('message', (event) => {
      if (event.source === frame.contentWindow) core.receive(event.data);
    });
    window.lappHostSetTheme = (theme) => core.setTheme(theme);`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${scenario.hostName} (simulated host)</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:calc(100% - 24px)}</style></head>
<body><div id="status" role="status"></div><iframe id="tab" title="LAPP" src="${appUrl}"></iframe><script>${boot}</script></body></html>`;
}

/** Teams mobile: the app page itself gets `nativeInterface` before any of its scripts run. */
function nativeBridge(scenario: HostScenario): string {
  return `
    if (window.top === window) {
      const core = (${installHostCore.toString()})(${JSON.stringify(scenario)}, {
        // The native side answers later, on its own turn, as a webview bridge does.
        post: (message) => setTimeout(() => window.onNativeMessage && window.onNativeMessage({ data: message }), 0),
        report: (event) => window.lappHostReport(event),
      });
      window.nativeInterface = { framelessPostMessage: (json) => core.receive(JSON.parse(json)) };
      window.lappHostSetTheme = (theme) => core.setTheme(theme);
    }`;
}

/**
 * Chromium for the simulated hosts. A page on a public origin (teams.microsoft.com) may not frame
 * one on localhost under Chromium's local network access checks, which would ask the person; the
 * real hosts frame a public HTTPS address, so the checks are off here and nothing else changes.
 */
export function launchHostBrowser(): Promise<Browser> {
  return launchBrowser(['--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessForNavigations']);
}

/** Opens `options.url` inside the chosen host, in a browser context of its own. */
export async function openInHost(browser: Browser, options: HostOptions): Promise<HostedSurface> {
  const scenario = scenarioFor(options);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const events: HostEvent[] = [];
  const waiters: ((event: HostEvent) => void)[] = [];
  await context.exposeFunction('lappHostReport', (event: HostEvent) => {
    events.push(event);
    if (event.type !== 'request') waiters.splice(0).forEach((resolve) => resolve(event));
  });
  const page = await context.newPage();
  let app: Frame;
  if (options.host === 'mobile') {
    await page.addInitScript({ content: nativeBridge(scenario) });
    await page.goto(options.url);
    app = page.mainFrame();
  } else {
    const hostUrl = `${scenario.hostOrigin}/_lapp-host-simulator/`;
    await context.route(`${hostUrl}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostPage(scenario, options.url) }));
    await page.goto(hostUrl);
    const handle = await page.waitForSelector('iframe#tab');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('The host page has no frame for the tab.');
    app = frame;
  }
  const settled = () => events.find((event) => event.type !== 'request');
  return {
    page,
    app,
    events,
    calls: () => events.flatMap((event) => (event.type === 'request' ? [event.func] : [])),
    outcome: () => {
      const known = settled();
      return known ? Promise.resolve(known) : new Promise((resolve) => waiters.push(resolve));
    },
    setTheme: async (theme) => {
      await page.evaluate((name) => (window as unknown as { lappHostSetTheme(t: string): void }).lappHostSetTheme(name), theme);
    },
    close: () => context.close(),
  };
}
