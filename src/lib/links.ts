/**
 * Web addresses of the app's surfaces. The surface is chosen by the query string so that a
 * browser, Teams' contentUrl and the end-to-end tests all reach the same views.
 */
export type SurfaceId = 'tab' | 'config' | 'personal' | 'meeting-details' | 'side-panel' | 'stage' | 'meeting-chat' | 'manager' | 'site-setup';

/** "<origin>/?surface=tab&plan=x#/plan/x/section/y" on this page's origin. */
export function surfaceUrl(surface: SurfaceId, params: Readonly<Record<string, string>> = {}, hashPath?: string): string {
  const url = new URL('/', window.location.origin);
  url.searchParams.set('surface', surface);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return hashPath ? `${url.toString()}#${hashPath}` : url.toString();
}
