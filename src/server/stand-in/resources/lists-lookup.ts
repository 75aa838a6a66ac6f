import type { StandInDb } from '../db/database';
import { findList, listColumns, type ColumnDef, type ListRecord } from '../db/lists-repo';
import { fail } from '../http/reply';

/** The list a path names, by id, title or URL name, or Graph's 404. */
export function requireList(db: StandInDb, idOrTitle: string): ListRecord {
  const list = findList(db, decodeURIComponent(idOrTitle));
  if (!list) throw fail.notFound(`The list '${decodeURIComponent(idOrTitle)}' does not exist on this site.`);
  return list;
}

/** A list's own columns keyed by internal name. */
export function columnMap(db: StandInDb, list: ListRecord): Map<string, ColumnDef> {
  return new Map(listColumns(db, list.id).map((c) => [c.name, c]));
}
