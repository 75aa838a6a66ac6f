import { inQueueOrder, type OutboxQueue } from './outbox-queue';
import type { QueuedChange } from './queued-change';

/**
 * A queue that lives as long as the process: for Node, the CLI and tests. Copies on the way in
 * and out, as a database would, so nobody can change a kept record behind the outbox's back.
 */
export function createMemoryQueue(): OutboxQueue {
  const kept = new Map<string, QueuedChange>();
  return {
    load: async () => [...kept.values()].map((c) => structuredClone(c)).sort(inQueueOrder),
    put: async (change) => {
      kept.set(change.id, structuredClone(change));
    },
    remove: async (id) => {
      kept.delete(id);
    },
    close: () => undefined,
  };
}
