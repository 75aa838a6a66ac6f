import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { inQueueOrder, type OutboxQueue } from './outbox-queue';
import type { QueuedChange } from './queued-change';

interface OutboxDatabase extends DBSchema {
  changes: { key: string; value: QueuedChange; indexes: { bySeq: number } };
}

const VERSION = 1;

/**
 * The browser's queue: one IndexedDB database, so queued changes outlive a reload or a closed
 * tab. Give each signed-in account its own `name` (for example from the tenant and user object
 * ids), so one person's changes are never replayed as someone else.
 */
export function createIndexedDbQueue(name = 'lapp-outbox'): OutboxQueue {
  let opened: Promise<IDBPDatabase<OutboxDatabase>> | undefined;
  const db = () =>
    (opened ??= openDB<OutboxDatabase>(name, VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('changes', { keyPath: 'id' });
        store.createIndex('bySeq', 'seq');
      },
    }));
  return {
    load: async () => (await (await db()).getAllFromIndex('changes', 'bySeq')).sort(inQueueOrder),
    put: async (change) => {
      await (await db()).put('changes', change);
    },
    remove: async (id) => {
      await (await db()).delete('changes', id);
    },
    close: () => {
      void opened?.then((database) => database.close());
      opened = undefined;
    },
  };
}
