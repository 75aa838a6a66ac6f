import { SECTIONS } from '../../../plan';
import { columnsFor } from '../../../storage/graph/column-definitions';
import type { StandInDb } from '../db/database';
import { findList } from '../db/lists-repo';
import { createList } from '../resources/lists';
import { SAMPLE_CEM } from '../sample-users';

/**
 * Creates every LAPP list exactly as the Graph adapter provisions them: the section's list name,
 * a genericList, and the columns from `columnsFor` — through the same code as `POST …/lists`.
 */
export function provisionAllLists(db: StandInDb): void {
  for (const section of SECTIONS) {
    if (findList(db, section.list)) continue;
    createList(db, { displayName: section.list, list: { template: 'genericList' }, columns: columnsFor(section) }, SAMPLE_CEM.email);
  }
}
