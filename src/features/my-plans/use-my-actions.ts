import { useEffect, useState } from 'react';
import { isOwnedBy, roleFor, type AnyRow, type Plan, type PlanSummary } from '../../plan';
import { useIdentity, useStore } from '../../lib/store-context';

/** One of my actions, as a grid row: the action's own values and its plan's council. */
export interface MyAction {
  /** The row for the grid, keyed uniquely across plans, its values holding `Council` too. */
  readonly row: AnyRow;
  readonly planId: string;
  /** The action's key within its plan, for a link to it. */
  readonly actionKey: string;
}

export type MyActionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly actions: readonly MyAction[] };

/** Plans read at once: SharePoint throttles per person, and one person may take part in many plans. */
const AT_ONCE = 4;

/**
 * The actions whose owner is the signed-in person, across every plan that names them (a manager
 * reading a plan owns nothing in it), read plan by plan through the same store as the tab.
 */
export function useMyActions(): MyActionsState {
  const store = useStore();
  const { me, error: meError } = useIdentity();
  const [state, setState] = useState<MyActionsState>({ status: 'loading' });
  useEffect(() => {
    if (meError) setState({ status: 'failed', error: meError });
    if (!me) return undefined;
    let live = true;
    (async () => {
      const mine = (await store.listPlans()).filter((summary) => roleFor(summary.header, me.email) !== undefined);
      const found: MyAction[] = [];
      for (let i = 0; i < mine.length; i += AT_ONCE) {
        const batch = await Promise.all(mine.slice(i, i + AT_ONCE).map(async (summary) => actionsIn(summary, await store.loadPlan(summary.id), me.email)));
        found.push(...batch.flat());
      }
      // Soonest due first, undated last: what to do next leads.
      return found.sort((a, b) => dueKey(a).localeCompare(dueKey(b)));
    })().then(
      (actions) => live && setState({ status: 'ready', actions }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store, me, meError]);
  return state;
}

function actionsIn(summary: PlanSummary, plan: Plan, email: string): MyAction[] {
  const role = roleFor(plan.header.values, email);
  return plan.sections.actions
    .filter((action) => isOwnedBy(action, email, role))
    .map((action) => ({
      row: { ...action, key: `${summary.id}/${action.key}`, values: { ...action.values, Council: summary.council } },
      planId: summary.id,
      actionKey: action.key,
    }));
}

const dueKey = (action: MyAction) => (typeof action.row.values.DueDate === 'string' && action.row.values.DueDate) || '9999';
