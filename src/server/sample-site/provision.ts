import { SECTIONS } from '../../plan';
import { columnsFor } from '../../storage/graph/column-definitions';
import type { StandInDb } from '../stand-in/db/database';
import { SAMPLE_CEM } from '../stand-in/sample-users';
import { loadIntoEmptySite, type ItemContent, type ListContent } from '../stand-in/site-content';

/** Every LAPP list as the Graph adapter provisions it (`columnsFor`), holding the given items. */
export function lappLists(items: (list: string) => readonly ItemContent[] = () => []): ListContent[] {
  return SECTIONS.map((section) => ({ displayName: section.list, columns: columnsFor(section), items: items(section.list) }));
}

/** An empty site gets every LAPP list, with no items: the site as `lapp provision` leaves it. */
export function provisionAllLists(db: StandInDb): void {
  loadIntoEmptySite(db, { lists: lappLists(), createdBy: SAMPLE_CEM.email });
}
