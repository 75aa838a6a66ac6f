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

async function detect(timeoutMs: number): Promise<HostSession> {
  // A top-level window cannot be Teams; skip loading the SDK at all.
  if (window.self === window.top) return browserSession();
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
