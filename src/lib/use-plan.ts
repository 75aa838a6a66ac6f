import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AnyRow, RowSectionId, SectionId, ValidatedValues } from '../plan';
import type { RowChange } from '../storage/port';
import { newRowKey } from './row-key';
import { PlanSession, type ConflictChoice, type PlanSessionState } from './plan-session';
import { useOutbox, usePlanCache } from './store-context';

export interface PlanController extends PlanSessionState {
  readonly planId: string;
  /** Values checked where they were built (`validateValues`), as for every write. */
  createRow(section: RowSectionId, values: ValidatedValues, key?: string): Promise<AnyRow | undefined>;
  updateRow(section: SectionId, key: string, changes: ValidatedValues): Promise<boolean>;
  deleteRow(section: SectionId, key: string): Promise<boolean>;
  resolveConflict(choice: ConflictChoice): Promise<boolean>;
  /** Drops a change that is waiting, failed or in conflict. */
  discardChange(changeId: string): Promise<void>;
  /** Sends waiting changes now rather than at their next try. */
  retryNow(): void;
  dismissNotice(): void;
  /** Applies rows others changed, as live polling sees them (see lib/live). */
  applyRemote(changes: readonly RowChange[]): void;
  refresh(): Promise<void>;
}

/** Loads a plan and saves through the durable outbox: changes show at once, conflicts and failures surface. */
export function usePlan(planId: string): PlanController {
  const outbox = useOutbox();
  const cache = usePlanCache();
  const session = useMemo(() => new PlanSession(outbox, planId, cache), [outbox, planId, cache]);
  useEffect(() => {
    const stop = session.follow();
    void session.load();
    return stop;
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const createRow = useCallback(
    (section: RowSectionId, values: ValidatedValues, key: string = newRowKey()) => session.createRow(section, values, key),
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
      discardChange: (changeId) => session.discardChange(changeId),
      retryNow: () => session.retryNow(),
      dismissNotice: () => session.dismissNotice(),
      applyRemote: (changes) => session.applyRemote(changes),
      refresh: () => session.load(),
    }),
    [state, planId, session, createRow],
  );
}
