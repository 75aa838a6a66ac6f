import type { Browser, Page } from 'playwright-core';

/** The sample plan and people of the local stand-in that the meeting test plays. */
export const PLAN_ID = 'kestrel-vale-district-council';
export const CEM = 'ava.lindqvist@census.example';
export const ACLM = 'priya.raman@kestrelvale.example';

export type MeetingSurface = 'meeting-details' | 'side-panel' | 'stage' | 'meeting-chat';

/** A meeting surface's address, as a browser (not Teams) reaches it: the meeting named in the URL. */
export function surfaceUrl(base: string, surface: MeetingSurface, meeting: string, as: string): string {
  const params = new URLSearchParams({ surface, plan: PLAN_ID, meeting, as });
  return `${base}/?${params.toString()}`;
}

/** One participant's page on a surface, in a browser context of its own (its own sign-in). */
export async function openSurface(browser: Browser, url: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(failures).toEqual([]);
  return page;
}

/** Resolves when `check` passes, polling every 25 ms; returns the milliseconds it took from `since`. */
export async function timeUntil(since: number, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  for (;;) {
    if (await check()) return Date.now() - since;
    if (Date.now() - since > timeoutMs) throw new Error(`Still not there after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
