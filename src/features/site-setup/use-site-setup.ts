import { useCallback, useState } from 'react';
import type { RunSiteSetup, SiteSetupEvent, SiteSetupReport } from '../../storage/site-setup';

export type SiteSetupState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number; readonly steps: readonly SiteSetupEvent[] }
  | { readonly status: 'done'; readonly report: SiteSetupReport; readonly steps: readonly SiteSetupEvent[] }
  | { readonly status: 'failed'; readonly error: unknown; readonly steps: readonly SiteSetupEvent[] };

/** Runs the site set-up from the tab, keeping each step as it finishes and the outcome. */
export function useSiteSetup(run: RunSiteSetup) {
  const [state, setState] = useState<SiteSetupState>({ status: 'idle' });
  const start = useCallback(async () => {
    const steps: SiteSetupEvent[] = [];
    setState({ status: 'running', done: 0, total: 0, steps });
    try {
      const report = await run(({ event, done, total }) => {
        steps.push(event);
        setState({ status: 'running', done, total, steps: [...steps] });
      });
      setState({ status: 'done', report, steps });
    } catch (error) {
      setState({ status: 'failed', error, steps });
    }
  }, [run]);
  return { state, start };
}
