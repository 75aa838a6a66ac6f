import { useCallback, useState } from 'react';
import { useStore } from '../../lib/store-context';
import { resolveSite, setUpSite, SharePointRest, type SiteSetupEvent, type SiteSetupReport } from '../../storage/sharepoint-rest';
import type { SiteAccess } from './site-access';

export type SiteSetupState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number; readonly steps: readonly SiteSetupEvent[] }
  | { readonly status: 'done'; readonly report: SiteSetupReport; readonly steps: readonly SiteSetupEvent[] }
  | { readonly status: 'failed'; readonly error: unknown; readonly steps: readonly SiteSetupEvent[] };

/**
 * Runs the site set-up from the tab: lists and columns through the plan store, versioning and
 * views through the site's SharePoint REST API, found from Graph's `webUrl` for the site.
 */
export function useSiteSetup(access: SiteAccess) {
  const store = useStore();
  const [state, setState] = useState<SiteSetupState>({ status: 'idle' });
  const start = useCallback(async () => {
    const steps: SiteSetupEvent[] = [];
    setState({ status: 'running', done: 0, total: 0, steps });
    try {
      const site = await resolveSite(access.graphBaseUrl, access.siteId, { getToken: access.getGraphToken });
      const origin = new URL(site.webUrl).origin;
      const getSharePointToken = access.getSharePointToken;
      const sharePoint = new SharePointRest({ siteUrl: site.webUrl, getToken: getSharePointToken && (() => getSharePointToken(origin)) });
      const report = await setUpSite(store, sharePoint, ({ event, done, total }) => {
        steps.push(event);
        setState({ status: 'running', done, total, steps: [...steps] });
      });
      setState({ status: 'done', report, steps });
    } catch (error) {
      setState({ status: 'failed', error, steps });
    }
  }, [access, store]);
  return { state, start };
}
