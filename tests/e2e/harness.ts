import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { e2eServer } from './server-state';

/** Debian's Chromium (never a downloaded browser), headless and quiet on the network. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** The stand-in's sample people and plans the specs play. */
export const SAMPLE = {
  planId: 'kestrel-vale-district-council',
  council: 'Kestrel Vale District Council',
  cem: 'ava.lindqvist@census.example',
  aclm: 'priya.raman@kestrelvale.example',
  manager: 'morgan.reyes@census.example',
  /** A second council whose plan nobody has signed yet. */
  unsignedPlanId: 'fenmouth-borough-council',
  unsignedClm: 'grace.okafor@fenmouth.example',
} as const;

export interface SurfaceOptions {
  /** `tab`, `config`, `personal` (or any surface the app registers). */
  readonly surface: string;
  readonly plan?: string;
  /** The sample user to act as (local mode's `?as=`). */
  readonly as?: string;
  readonly theme?: 'light' | 'dark' | 'contrast';
  /** An in-app route, e.g. "/plan/x/section/keyContacts". */
  readonly route?: string;
  /** Further query parameters a surface reads. */
  readonly params?: Readonly<Record<string, string>>;
  readonly width?: number;
  readonly height?: number;
  /** The browser's language (the host's locale outside Teams), e.g. "cy-GB". */
  readonly locale?: string;
}

/** A surface's address on the e2e server, as a plain browser reaches it. */
export function surfaceAddress(options: SurfaceOptions): string {
  const params = new URLSearchParams({ surface: options.surface, ...options.params });
  if (options.plan) params.set('plan', options.plan);
  if (options.as) params.set('as', options.as);
  if (options.theme) params.set('theme', options.theme);
  return `${e2eServer().url}/?${params.toString()}${options.route ? `#${options.route}` : ''}`;
}

/** Script errors a page threw, collected from the moment it opened. */
const pageErrors = new WeakMap<Page, string[]>();

/**
 * Opens a surface in a browser context of its own (its own storage, so its own sample user) and
 * waits for its first heading. `errorsOf(page)` lists any script errors it threw since.
 */
export async function openSurface(browser: Browser, options: SurfaceOptions): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 1000 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(surfaceAddress(options));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

export function errorsOf(page: Page): readonly string[] {
  return pageErrors.get(page) ?? [];
}

/**
 * Fluent's focus manager (tabster) puts aria-hidden focus sentinels around grids and groups; they
 * only pass focus on. Fluent lists them as a known false positive of aria-hidden-focus and
 * Accessibility Insights suppresses them the same way (microsoft/tabster#288). Only those nodes
 * are set aside: any other node of that rule still counts.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await animationsDone(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Waits for finite animations (a dialog fading in, a toast sliding) to end: axe measures colour
 * contrast on what is painted, and a half-faded dialog fails it though the settled one passes.
 * Endless ones (spinners) are left to run.
 */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
}

/** Saves a screenshot to test-results/ (git ignores it) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(__dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Waits for a page's content: lazy pages and the plan's rows arrive after the first heading. The
 * tab follows its plan over the service's event stream, so the network never goes idle; what
 * counts is that no loading spinner (Fluent's role="progressbar") is left.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0, undefined, { timeout: 20_000 });
}

type Box = { x: number; y: number; width: number; height: number };

/** True when two boxes share any area. */
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  const boxes = await Promise.all((await locator.all()).map((l) => l.boundingBox()));
  return boxes.filter((b): b is Box => b !== null && b.width > 0 && b.height > 0);
}

/**
 * Reflow (WCAG 1.4.10) of the top bar: how many of its parts (breadcrumb, changes, links,
 * language, demo switcher) the page shows, and a line for each that overlaps the first heading or
 * runs past the viewport, and for a page that scrolls sideways.
 */
export async function topBarProblems(page: Page): Promise<{ parts: number; problems: string[] }> {
  const width = page.viewportSize()?.width ?? 0;
  const heading = await page.getByRole('heading', { level: 1 }).first().boundingBox();
  const bar = await boxesOf(page.locator('header').first().locator('button, a, [role="status"], .fui-Badge'));
  const problems = bar.flatMap((box) => [
    ...(heading && overlaps(box, heading) ? [`overlaps the heading at ${box.x},${box.y}`] : []),
    ...(box.x + box.width > width + 1 ? [`runs past the viewport at ${box.x},${box.y}`] : []),
  ]);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (sideways > 1) problems.push(`the page scrolls sideways by ${sideways} px`);
  return { parts: bar.length, problems };
}
