import { findView, insertView, listViews, type ListView } from '../db/views-repo';
import type { StandInDb } from '../db/database';
import { listColumns, type ListRecord } from '../db/lists-repo';
import type { StandInRequest } from '../http/context';
import type { Reply } from '../http/reply';
import { SITE_SERVER_RELATIVE_PATH } from '../site';
import { spCollection, spEntity, spFail } from './sp-reply';

/** Fields every list can show besides its own columns. */
const BUILT_IN_VIEW_FIELDS = ['LinkTitle', 'LinkTitleNoMenu', 'Title', 'ID', 'Modified', 'Created', 'Author', 'Editor', 'Attachments'];

function viewJson(list: ListRecord, view: ListView): Record<string, unknown> {
  return {
    Id: view.id,
    Title: view.title,
    DefaultView: view.isDefault,
    Hidden: false,
    PersonalView: false,
    Paged: view.paged,
    RowLimit: view.rowLimit,
    ViewQuery: view.viewQuery,
    ServerRelativeUrl: `${SITE_SERVER_RELATIVE_PATH}/Lists/${list.name}/${encodeURIComponent(view.title.replace(/\s+/g, ''))}.aspx`,
  };
}

export function getViews(req: StandInRequest, db: StandInDb, list: ListRecord): Reply {
  return spCollection(req, 'SP.View', listViews(db, list.id).map((v) => viewJson(list, v)));
}

export function getView(req: StandInRequest, db: StandInDb, list: ListRecord, title: string): Reply {
  const view = findView(db, list.id, title);
  if (!view) throw spFail.argument(`The view "${title}" does not exist in the list.`);
  return spEntity(req, 'SP.View', viewJson(list, view));
}

export function getViewFields(req: StandInRequest, db: StandInDb, list: ListRecord, title: string): Reply {
  const view = findView(db, list.id, title);
  if (!view) throw spFail.argument(`The view "${title}" does not exist in the list.`);
  const schema = `<FieldRefs>${view.viewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>`;
  return spEntity(req, 'SP.ViewFieldCollection', { SchemaXml: schema, Items: view.viewFields });
}

function fieldNames(raw: unknown): string[] {
  const names = Array.isArray(raw) ? raw : (raw as { results?: unknown } | undefined)?.results;
  if (names === undefined) return [];
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw spFail.argument('ViewFields must be a list of column internal names.');
  }
  return names as string[];
}

/** `views/add` with SP.ViewCreationInformation; a title the list already has is refused. */
export function addView(req: StandInRequest, db: StandInDb, list: ListRecord): Reply {
  const p = ((req.body as { parameters?: unknown } | undefined)?.parameters ?? {}) as Record<string, unknown>;
  if (typeof p.Title !== 'string' || !p.Title.trim()) throw spFail.argument('The view needs a Title.');
  const title = p.Title.trim();
  const fields = fieldNames(p.ViewFields);
  const known = new Set([...BUILT_IN_VIEW_FIELDS, ...listColumns(db, list.id).map((c) => c.name)]);
  const unknown = fields.find((f) => !known.has(f));
  if (unknown) throw spFail.argument(`Column '${unknown}' does not exist. It may have been deleted by another user.`);
  const query = p.ViewQuery ?? p.Query ?? '';
  if (typeof query !== 'string') throw spFail.argument('ViewQuery must be CAML text.');
  const rowLimit = p.RowLimit === undefined ? 30 : Number(p.RowLimit);
  if (!Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > 5000) throw spFail.argument('RowLimit must be a whole number from 1 to 5000.');
  const view = db.tx(() => {
    if (findView(db, list.id, title)) throw spFail.spException(400, `A view named "${title}" already exists in this list.`);
    return insertView(db, list.id, { title, viewFields: fields, viewQuery: query, rowLimit, paged: p.Paged !== false, isDefault: p.SetAsDefaultView === true });
  });
  return spEntity(req, 'SP.View', viewJson(list, view));
}
