import { browserSession } from './browser-session';
import type { HostSession } from './host-context';
import { teamsSession } from './teams-session';

/**
 * How long to wait for Teams to answer `app.initialize()`. Teams answers within a second; a page
 * framed by anything else would otherwise wait the SDK's own 60 seconds.
 */
export const HOST_TIMEOUT_MS = 3000;

let detection: Promise<HostSession> | undefined;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`No answer from a host in ${ms} ms`)), ms));
}

/**
 * Whether a host could be there to answer, judged as teams-js judges it: a parent frame (Teams on
 * the web and desktop, Outlook, the Microsoft 365 app) or, on Teams mobile, a top-level webview
 * that Teams gives `window.nativeInterface` (teams-js then talks through it, "frameless").
 */
export function mayHaveHost(win: Window = window): boolean {
  if (win.self !== win.top) return true;
  return Boolean((win as Window & { nativeInterface?: unknown }).nativeInterface);
}

async function detect(timeoutMs: number): Promise<HostSession> {
  // A plain top-level window has nothing to talk to: skip loading the SDK at all.
  if (!mayHaveHost()) return browserSession();
  try {
    const sdk = await import('./teams-sdk');
    await Promise.race([sdk.app.initialize(), timeout(timeoutMs)]);
    return await teamsSession(sdk);
  } catch {
    return browserSession();
  }
}

/**
 * Finds out whether Teams hosts the page and reads its context. Runs once per page, however often
 * it is called (React 18 runs effects twice in development).
 */
export function detectHost(timeoutMs: number = HOST_TIMEOUT_MS): Promise<HostSession> {
  detection ??= detect(timeoutMs);
  return detection;
}
