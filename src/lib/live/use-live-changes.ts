import { useEffect, useRef, useState } from 'react';
import type { SectionId } from '../../plan';
import type { RowChange } from '../../storage/port';
import { useStore } from '../store-context';
import { LivePoller, type LiveStatus } from './live-poller';

export interface LiveChangesOptions {
  /** Poll only while true (a meeting that is open); false stops polling. */
  readonly enabled: boolean;
  /** Receives each batch of changes that may concern this plan (see applyRowChanges). */
  apply(changes: readonly RowChange[]): void;
  /**
   * Reads the plan again: once when polling starts (so nothing written since the plan was first
   * read is missed), and when storage lost track of some sections' changes (patching could keep
   * deleted rows).
   */
  reload(): Promise<void>;
}

function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/**
 * Keeps a loaded plan up to date with what other people write, while `enabled`: polls the
 * store's changes for `sections` (one `$batch` a poll, at most one poll a second, slower while
 * the page is hidden) and hands on the changes to this plan's rows. Returns where polling stands.
 */
export function useLiveChanges(planId: string, sections: readonly SectionId[], { enabled, apply, reload }: LiveChangesOptions): LiveStatus {
  const store = useStore();
  const [status, setStatus] = useState<LiveStatus>(enabled ? 'connecting' : 'stopped');
  const handlers = useRef({ apply, reload });
  handlers.current = { apply, reload };
  // The sections as a value, so a new array with the same ids does not restart polling.
  const sectionList = sections.join(',');

  useEffect(() => {
    if (!enabled) {
      setStatus('stopped');
      return undefined;
    }
    const poller = new LivePoller({
      store,
      sections: sectionList.split(',') as SectionId[],
      onStatus: setStatus,
      onChanges: (changes) => {
        const mine = changes.filter((c) => c.kind === 'delete' || c.row.planId === planId);
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
  }, [store, planId, sectionList, enabled]);

  return status;
}
