import type { QueuedChange } from './queued-change';

/**
 * Where the outbox keeps changes until storage confirmed them: IndexedDB in the browser (so they
 * survive a reload or a closed tab), memory in Node, the CLI and tests.
 */
export interface OutboxQueue {
  /** Every kept change, in queue order. */
  load(): Promise<QueuedChange[]>;
  /** Adds or replaces a change (by id). Resolves once it is durably kept. */
  put(change: QueuedChange): Promise<void>;
  remove(id: string): Promise<void>;
  /** Lets go of the underlying database, if any, for good: the queue is not used after this. */
  close(): void;
}

/** Queue order: by sequence number, then by id so two tabs' equal numbers still sort stably. */
export function inQueueOrder(a: QueuedChange, b: QueuedChange): number {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
