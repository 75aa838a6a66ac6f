import { createMemoryQueue, createOutboxStore, type OutboxStore } from '../../../src/storage/outbox';
import type { PlanStore } from '../../../src/storage/port';

/** The outbox the app puts over its store, kept in memory and retrying within milliseconds. */
export function testOutbox(store: PlanStore): OutboxStore {
  return createOutboxStore(store, createMemoryQueue(), { connectivity: null, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
}
