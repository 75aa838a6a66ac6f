import { useEffect, useMemo, useRef, useState } from 'react';
import type { SectionId } from '../../plan';
import type { RowChange } from '../../storage/port';
import { useStore } from '../store-context';
import { useLiveConnection } from './live-connection';
import { LivePoller } from './live-poller';
import { notePresence, type PresenceBook } from './presence-book';
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
  heard(book: (held: PresenceBook) => PresenceBook): void;
}

/** What following a plan gives its page: where the stream stands, and who else said where they are. */
export interface LivePlan {
  readonly status: LiveStatus;
  /** The latest presence of each person who has the plan open (the reader's own included; see presentPeople). */
  readonly presence: PresenceBook;
}

const NOBODY: PresenceBook = new Map();

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
      onPresence: (data) => handlers.current.heard((held) => notePresence(held, data, Date.now())),
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
 * `sections`. Hands on the changes to this plan's rows; returns where following stands and the
 * presence the stream carried (none without a stream).
 */
export function useLivePlan(planId: string, sections: readonly SectionId[], { enabled, apply, reload }: LiveChangesOptions): LivePlan {
  const store = useStore();
  const connection = useLiveConnection();
  const [status, setStatus] = useState<LiveStatus>(enabled ? 'connecting' : 'stopped');
  const [presence, setPresence] = useState<PresenceBook>(NOBODY);
  const handlers = useRef<Handlers>({ apply, reload, heard: setPresence });
  handlers.current = { apply, reload, heard: setPresence };
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
    const stop = connection
      ? followStream(connection, planId, since.current?.at ?? Date.now(), handlers, setStatus)
      : pollStore(store, planId, sectionList.split(',') as SectionId[], handlers, setStatus);
    return () => {
      stop();
      setPresence(NOBODY);
    };
  }, [store, connection, planId, sectionList, enabled]);

  return useMemo(() => ({ status, presence }), [status, presence]);
}

/** `useLivePlan` for a page that shows no presence: where following stands. */
export function useLiveChanges(planId: string, sections: readonly SectionId[], options: LiveChangesOptions): LiveStatus {
  return useLivePlan(planId, sections, options).status;
}
