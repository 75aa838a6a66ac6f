import { useEffect, useState } from 'react';
import { planToday, type IsoDate } from '../../plan';
import { useStore } from '../../lib/store-context';
import { loadAllPlans } from '../../storage/all-plans';
import { rollupRows, type RollupRow } from './rollup-rows';

export type RollupState =
  | { readonly status: 'loading'; readonly loaded: number; readonly total: number }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly rows: readonly RollupRow[]; readonly today: IsoDate };

/** Every plan of the site read (a few at a time, with progress) and rolled up as of today. */
export function useRollup(): RollupState {
  const store = useStore();
  const [state, setState] = useState<RollupState>({ status: 'loading', loaded: 0, total: 0 });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading', loaded: 0, total: 0 });
    loadAllPlans(store, { onProgress: (loaded, total) => live && setState({ status: 'loading', loaded, total }) }).then(
      (plans) => {
        const today = planToday();
        if (live) setState({ status: 'ready', rows: rollupRows(plans, today), today });
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store]);
  return state;
}
