import type { StandInDb } from '../db/database';
import { itemVersions, type StoredVersion } from '../db/items-repo';
import { listColumns } from '../db/lists-repo';
import type { RouteHandler, RouteParams } from '../http/context';
import { fail, json } from '../http/reply';
import { identitySet } from '../identity';
import { parseExpand } from '../odata/query-options';
import { fieldsJson } from './item-json';
import { requireItem } from './items';
import { requireList } from './lists-lookup';
import type { SiteDates } from '../site-dates';

type RenderVersion = (v: StoredVersion, withFields: boolean) => Record<string, unknown>;

/**
 * `…/items/{id}/versions`: the item's history while the list has versioning on (SharePoint REST
 * `EnableVersioning`), otherwise only its current version. Newest first, as Graph lists them.
 */
function history(db: StandInDb, params: RouteParams, dates: SiteDates): { versions: StoredVersion[]; render: RenderVersion } {
  const list = requireList(db, params.list!);
  const item = requireItem(db, list, params.item!);
  const columns = listColumns(db, list.id);
  const current: StoredVersion = { version: item.version, fields: item.fields, modified: item.modified, modifiedBy: item.modifiedBy };
  const kept = itemVersions(db, list.id, item.id).filter((v) => v.version !== item.version);
  const render: RenderVersion = (v, withFields) => ({
    id: `${v.version}.0`,
    lastModifiedDateTime: v.modified,
    lastModifiedBy: identitySet(v.modifiedBy),
    published: { level: 'published', versionId: `${v.version}.0` },
    ...(withFields ? { fields: fieldsJson({ ...item, ...v }, columns, dates) } : {}),
  });
  return { versions: [current, ...kept], render };
}

export const getVersions: RouteHandler = (req, params, { db }) => {
  const { versions, render } = history(db, params, req.siteDates);
  const withFields = parseExpand(req.query).fields !== undefined;
  return json(200, { value: versions.map((v) => render(v, withFields)) });
};

export const getVersion: RouteHandler = (req, params, { db }) => {
  const { versions, render } = history(db, params, req.siteDates);
  const wanted = Number.parseFloat(decodeURIComponent(params.version!));
  const found = versions.find((v) => v.version === wanted);
  if (!found) throw fail.notFound('The version does not exist.');
  return json(200, render(found, true));
};
