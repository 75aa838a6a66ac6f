import { useEffect, useRef, useState } from 'react';
import type { SectionId } from '../../plan';
import type { RowChange } from '../../storage/port';
import { useStore } from '../store-context';
import { useLiveConnection } from './live-connection';
import { LivePoller } from './live-poller';
import { subscribePlan, type LiveConnection, type LiveStatus } from './subscribe-plan';

export interface LiveChangesOptions {
  /** Follow changes only while true (a meeting that is open); false stops. */
  readonly enabled: boolean;
  /** Receives each batch of changes that may concern this plan (see applyRowChanges). */
  apply(changes: readonly RowChange[]): void;
  /**
   * Reads the plan again: once when following starts (so nothing written since the plan was first
   * read is missed), and when the changes since could not all be given (patching could keep
   * deleted rows).
   */
  reload(): Promise<void>;
}

interface Handlers {
  apply(changes: readonly RowChange[]): void;
  reload(): Promise<void>;
}

function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function onlyThisPlan(planId: string, changes: readonly RowChange[]): RowChange[] {
  return changes.filter((c) => c.kind === 'delete' || c.row.planId === planId);
}

/** The plan service pushes every change: one stream per page, nothing read from SharePoint per person. */
function followStream(connection: LiveConnection, planId: string, since: number, handlers: { current: Handlers }, setStatus: (s: LiveStatus) => void): () => void {
  return subscribePlan(
    planId,
    {
      onStatus: setStatus,
      onChange: (data) => {
        const mine = onlyThisPlan(planId, data.changes);
        if (mine.length > 0) handlers.current.apply(mine);
      },
      // The stream replays what was written since the plan was read (and after a reconnect, what
      // was missed), so the plan is read again only when that could not all be given.
      onReady: (resync) => {
        if (resync) void handlers.current.reload().catch(() => undefined);
      },
    },
    connection,
    { since },
  );
}

/** Without a plan service (storage straight from the browser), the store's changes are polled. */
function pollStore(store: ReturnType<typeof useStore>, planId: string, sections: SectionId[], handlers: { current: Handlers }, setStatus: (s: LiveStatus) => void): () => void {
  const poller = new LivePoller({
    store,
    sections,
    onStatus: setStatus,
    onChanges: (changes) => {
      const mine = onlyThisPlan(planId, changes);
      if (mine.length > 0) handlers.current.apply(mine);
    },
    onCursor: () => handlers.current.reload(),
    onResync: () => void handlers.current.reload(),
  });
  const onVisibility = () => poller.setHidden(pageHidden());
  poller.setHidden(pageHidden());
  poller.start();
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    poller.stop();
  };
}

/**
 * Keeps a loaded plan up to date with what other people write, while `enabled`: from the plan
 * service's live stream when the app has one, else by polling the store's changes for
 * `sections`. Hands on the changes to this plan's rows; returns where following stands.
 */
export function useLiveChanges(planId: string, sections: readonly SectionId[], { enabled, apply, reload }: LiveChangesOptions): LiveStatus {
  const store = useStore();
  const connection = useLiveConnection();
  const [status, setStatus] = useState<LiveStatus>(enabled ? 'connecting' : 'stopped');
  const handlers = useRef<Handlers>({ apply, reload });
  handlers.current = { apply, reload };
  // The sections as a value, so a new array with the same ids does not restart polling.
  const sectionList = sections.join(',');
  // When following began for this plan: the plan on screen was read just before (it is ready).
  const since = useRef<{ planId: string; at: number }>();
  if (enabled && since.current?.planId !== planId) since.current = { planId, at: Date.now() };

  useEffect(() => {
    if (!enabled) {
      setStatus('stopped');
      return undefined;
    }
    return connection
      ? followStream(connection, planId, since.current?.at ?? Date.now(), handlers, setStatus)
      : pollStore(store, planId, sectionList.split(',') as SectionId[], handlers, setStatus);
  }, [store, connection, planId, sectionList, enabled]);

  return status;
}
