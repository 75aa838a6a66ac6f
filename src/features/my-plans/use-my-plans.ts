import { useEffect, useState } from 'react';
import { roleFor, type Plan, type PlanSummary, type Role } from '../../plan';
import { useIdentity, useStore } from '../../lib/store-context';
import type { PlanStore } from '../../storage/port';

export interface MyPlan {
  readonly summary: PlanSummary;
  readonly role: Role;
  readonly aclmSigned: boolean;
  readonly clmSigned: boolean;
}

export type MyPlansState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly plans: readonly MyPlan[] };

/** Plans read a few at a time, so a site with many councils does not flood storage. */
const AT_ONCE = 3;

async function readAll(store: PlanStore, summaries: readonly PlanSummary[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (let i = 0; i < summaries.length; i += AT_ONCE) {
    plans.push(...(await Promise.all(summaries.slice(i, i + AT_ONCE).map((s) => store.loadPlan(s.id)))));
  }
  return plans;
}

/**
 * Every plan on the site with the signed-in person's role in it (from `roleFor`, the one matrix).
 * A plan's summary does not name its people, so each plan's header is read.
 */
export function useMyPlans(): MyPlansState {
  const store = useStore();
  const { me, error: meError } = useIdentity();
  const [state, setState] = useState<MyPlansState>({ status: 'loading' });
  useEffect(() => {
    if (meError) setState({ status: 'failed', error: meError });
    if (!me) return undefined;
    let live = true;
    setState({ status: 'loading' });
    (async () => {
      const summaries = await store.listPlans();
      const plans = await readAll(store, summaries);
      return summaries.map((summary, i) => {
        const values = plans[i]?.header.values;
        return {
          summary,
          role: roleFor(values ?? {}, me.email),
          aclmSigned: Boolean(values?.AclmSignedOn),
          clmSigned: Boolean(values?.ClmSignedOn),
        };
      });
    })().then(
      (plans) => live && setState({ status: 'ready', plans }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store, me, meError]);
  return state;
}
