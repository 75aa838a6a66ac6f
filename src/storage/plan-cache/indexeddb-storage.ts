import type { DBSchema } from 'idb';
import { lazyDatabase } from '../lazy-database';
import type { CachedPlan, PlanCacheStorage } from './cached-plan';

interface PlanCacheDatabase extends DBSchema {
  plans: { key: string; value: CachedPlan };
}

const VERSION = 1;

/**
 * The browser's plan cache: one IndexedDB database, one record per plan, so a plan opened again
 * (another tab, a reload, tomorrow) shows before the network answers. Name it per signed-in
 * account and site, as the outbox's queue is (src/storage/device-data.ts), so nobody sees a plan
 * cached for someone else.
 */
export function createIndexedDbPlanStorage(name = 'lapp-plan-cache'): PlanCacheStorage {
  const database = lazyDatabase<PlanCacheDatabase>(name, VERSION, (db) => {
    db.createObjectStore('plans', { keyPath: 'planId' });
  });
  return {
    get: async (planId) => (await database.use()).get('plans', planId),
    put: async (entry) => {
      await (await database.use()).put('plans', entry);
    },
    remove: async (planId) => {
      await (await database.use()).delete('plans', planId);
    },
    close: () => database.close(),
  };
}
