/**
 * Web addresses of the app's surfaces. The surface is chosen by the query string so that a
 * browser, Teams' contentUrl and the end-to-end tests all reach the same views.
 */
export type SurfaceId = 'tab' | 'config' | 'personal' | 'meeting-details' | 'side-panel' | 'stage' | 'meeting-chat' | 'manager' | 'site-setup';

/** Who is looking and in which theme: kept on every link so following one changes neither. */
const CARRIED = ['as', 'theme'] as const;

/** "<origin>/?surface=tab&plan=x#/plan/x/section/y" on this page's origin. */
export function surfaceUrl(surface: SurfaceId, params: Readonly<Record<string, string>> = {}, hashPath?: string): string {
  const url = new URL('/', window.location.origin);
  url.searchParams.set('surface', surface);
  const here = new URLSearchParams(window.location.search);
  for (const key of CARRIED) {
    const value = here.get(key);
    if (value) url.searchParams.set(key, value);
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return hashPath ? `${url.toString()}#${hashPath}` : url.toString();
}
