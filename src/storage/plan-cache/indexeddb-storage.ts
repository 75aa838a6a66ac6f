import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CachedPlan, PlanCacheStorage } from './cached-plan';

interface PlanCacheDatabase extends DBSchema {
  plans: { key: string; value: CachedPlan };
}

const VERSION = 1;

/**
 * The browser's plan cache: one IndexedDB database, one record per plan, so a plan opened again
 * (another tab, a reload, tomorrow) shows before the network answers. Name it per signed-in
 * account and site, as the outbox's queue is, so nobody sees a plan cached for someone else.
 */
export function createIndexedDbPlanStorage(name = 'lapp-plan-cache'): PlanCacheStorage {
  let opened: Promise<IDBPDatabase<PlanCacheDatabase>> | undefined;
  const db = () =>
    (opened ??= openDB<PlanCacheDatabase>(name, VERSION, {
      upgrade(database) {
        database.createObjectStore('plans', { keyPath: 'planId' });
      },
    }));
  return {
    get: async (planId) => (await db()).get('plans', planId),
    put: async (entry) => {
      await (await db()).put('plans', entry);
    },
    remove: async (planId) => {
      await (await db()).delete('plans', planId);
    },
    close: () => {
      void opened?.then((database) => database.close());
      opened = undefined;
    },
  };
}
