import type { StandInDb } from '../db/database';
import { allLists } from '../db/lists-repo';
import { provisionAllLists } from './provision';

/** Fills an empty stand-in database: every LAPP list, provisioned as the adapter would. */
export function seedIfEmpty(db: StandInDb, _today?: string): boolean {
  if (allLists(db).length > 0) return false;
  provisionAllLists(db);
  return true;
}
