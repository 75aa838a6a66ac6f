import type { StandInDb } from '../db/database';
import { countItems } from '../db/items-repo';
import { setVersioning, type ListRecord } from '../db/lists-repo';
import type { StandInRequest } from '../http/context';
import { noContent, type Reply } from '../http/reply';
import { spEntity, spFail } from './sp-reply';

/** SP.List, as `GET …/_api/web/lists/getbytitle('…')` answers it. */
export function getListSettings(req: StandInRequest, db: StandInDb, list: ListRecord): Reply {
  return spEntity(req, 'SP.List', {
    Id: list.id,
    Title: list.displayName,
    Description: list.description,
    BaseTemplate: 100,
    Created: list.created,
    LastItemModifiedDate: list.modified,
    EnableVersioning: list.enableVersioning,
    MajorVersionLimit: list.enableVersioning ? 50 : 0,
    ItemCount: countItems(db, list.id),
  });
}

/** Properties a MERGE may set; version limits are accepted and left at SharePoint's default. */
const ACCEPTED = new Set(['__metadata', 'EnableVersioning', 'MajorVersionLimit']);

/** `POST …/getbytitle('…')` with `X-HTTP-Method: MERGE`: turns versioning on or off. */
export function mergeListSettings(req: StandInRequest, db: StandInDb, list: ListRecord): Reply {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(body).find((k) => !ACCEPTED.has(k));
  if (unknown) throw spFail.argument(`The property '${unknown}' does not exist on type 'SP.List', or the local stand-in does not support it.`);
  if (body.EnableVersioning !== undefined) {
    if (typeof body.EnableVersioning !== 'boolean') throw spFail.argument('EnableVersioning must be true or false.');
    setVersioning(db, list.id, body.EnableVersioning);
  }
  return noContent();
}
