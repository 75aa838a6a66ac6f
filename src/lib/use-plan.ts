import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AnyRow, RowSectionId, SectionId } from '../plan';
import type { RowChange, RowValues } from '../storage/port';
import { newRowKey } from './row-key';
import { PlanSession, type PlanSessionState } from './plan-session';
import { usePlanCache, useStore } from './store-context';

export interface PlanController extends PlanSessionState {
  readonly planId: string;
  createRow(section: RowSectionId, values: RowValues, key?: string): Promise<AnyRow | undefined>;
  updateRow(section: SectionId, key: string, changes: RowValues): Promise<boolean>;
  deleteRow(section: SectionId, key: string): Promise<boolean>;
  resolveConflict(choice: 'mine' | 'theirs'): Promise<boolean>;
  dismissNotice(): void;
  /** Applies rows others changed, as live polling sees them (see lib/live). */
  applyRemote(changes: readonly RowChange[]): void;
  refresh(): Promise<void>;
}

/** Loads a plan and gives optimistic create/update/delete with rollback and conflict surfacing. */
export function usePlan(planId: string): PlanController {
  const store = useStore();
  const cache = usePlanCache();
  const session = useMemo(() => new PlanSession(store, planId, cache), [store, planId, cache]);
  useEffect(() => {
    void session.load();
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const createRow = useCallback(
    (section: RowSectionId, values: RowValues, key: string = newRowKey()) => session.createRow(section, values, key),
    [session],
  );
  return useMemo(
    () => ({
      ...state,
      planId,
      createRow,
      updateRow: (section, key, changes) => session.updateRow(section, key, changes),
      deleteRow: (section, key) => session.deleteRow(section, key),
      resolveConflict: (choice) => session.resolveConflict(choice),
      dismissNotice: () => session.dismissNotice(),
      applyRemote: (changes) => session.applyRemote(changes),
      refresh: () => session.load(),
    }),
    [state, planId, session, createRow],
  );
}
