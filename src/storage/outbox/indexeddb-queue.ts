import type { DBSchema } from 'idb';
import { lazyDatabase } from '../lazy-database';
import { inQueueOrder, type OutboxQueue } from './outbox-queue';
import type { QueuedChange } from './queued-change';

interface OutboxDatabase extends DBSchema {
  changes: { key: string; value: QueuedChange; indexes: { bySeq: number } };
}

const VERSION = 1;

/**
 * The browser's queue: one IndexedDB database, so queued changes outlive a reload or a closed
 * tab. Give each signed-in account its own `name` (src/storage/device-data.ts builds it from the
 * site and the account), so one person's changes are never replayed as someone else.
 */
export function createIndexedDbQueue(name = 'lapp-outbox'): OutboxQueue {
  const database = lazyDatabase<OutboxDatabase>(name, VERSION, (db) => {
    const store = db.createObjectStore('changes', { keyPath: 'id' });
    store.createIndex('bySeq', 'seq');
  });
  return {
    load: async () => (await (await database.use()).getAllFromIndex('changes', 'bySeq')).sort(inQueueOrder),
    put: async (change) => {
      await (await database.use()).put('changes', change);
    },
    remove: async (id) => {
      await (await database.use()).delete('changes', id);
    },
    close: () => database.close(),
  };
}
