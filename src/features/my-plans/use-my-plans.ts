import { useEffect, useState } from 'react';
import { roleFor, signOffState, type PlanSummary, type Role } from '../../plan';
import { useIdentity, useStore } from '../../lib/store-context';

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

/**
 * Every plan on the site with the signed-in person's role in it (from `roleFor`, the one matrix),
 * from one read of the plans list: its summaries carry each plan's people and signatures.
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
      return summaries.map((summary) => {
        const signOff = signOffState(summary.header);
        return { summary, // The service lists only plans the person may see: one that names nobody they are, they read as a manager.
          role: roleFor(summary.header, me.email) ?? 'manager', aclmSigned: Boolean(signOff.aclm), clmSigned: Boolean(signOff.clm) };
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
