import { createHash } from 'node:crypto';
import { columnKind, type ColumnDef, type ListRecord } from '../db/lists-repo';
import type { ItemRecord } from '../db/items-repo';
import type { StandInRequest } from '../http/context';
import { identitySet } from '../identity';
import { DEFAULT_SITE_ID, siteWebUrl } from '../site';
import { siteMidnightInstant } from '../site-dates';

/** An item's eTag as SharePoint forms it: the item GUID and its version, in quotes. */
export function etagOf(item: ItemRecord): string {
  return `"{${item.guid}},${item.version}"`;
}

/** The person's id in the site's hidden user list (what Graph calls a LookupId). */
function userLookupId(email: string): string {
  return String(10 + (parseInt(createHash('sha1').update(email).digest('hex').slice(0, 6), 16) % 9000));
}

/** The fields SharePoint adds to every item of a genericList. */
function systemFields(item: ItemRecord): Record<string, unknown> {
  const title = item.fields.Title ?? '';
  return {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: userLookupId(item.createdBy),
    EditorLookupId: userLookupId(item.modifiedBy),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
}

/** Stored values as Graph sends them: date-only columns become the site's local midnight in UTC. */
function outwardValues(item: ItemRecord, columns: readonly ColumnDef[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const value = item.fields[c.name];
    if (value === undefined) continue; // SharePoint leaves empty columns out of `fields`
    out[c.name] = columnKind(c) === 'dateOnly' && typeof value === 'string' ? siteMidnightInstant(value) : value;
  }
  return out;
}

/** Graph's fieldValueSet: the eTag, the list's columns that hold a value and SharePoint's own. */
export function fieldsJson(item: ItemRecord, columns: readonly ColumnDef[], select?: readonly string[]): Record<string, unknown> {
  const all = { ...outwardValues(item, columns), ...systemFields(item) };
  const chosen = select ? Object.fromEntries(Object.entries(all).filter(([k]) => select.includes(k))) : all;
  return { '@odata.etag': etagOf(item), ...chosen };
}

export interface ItemJsonOptions {
  readonly fields?: { readonly select?: readonly string[] };
  /** Top-level `$select` of the listItem's own properties. */
  readonly select?: readonly string[];
}

/** Graph's listItem resource. */
export function itemJson(
  req: StandInRequest,
  list: ListRecord,
  columns: readonly ColumnDef[],
  item: ItemRecord,
  options: ItemJsonOptions = {},
): Record<string, unknown> {
  const etag = etagOf(item);
  const full: Record<string, unknown> = {
    createdDateTime: item.created,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${siteWebUrl(req.origin)}/Lists/${list.name}/${item.id}_.000`,
    createdBy: identitySet(item.createdBy),
    lastModifiedBy: identitySet(item.modifiedBy),
    parentReference: { id: list.id, siteId: DEFAULT_SITE_ID },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const own = options.select ? Object.fromEntries(Object.entries(full).filter(([k]) => options.select!.includes(k))) : full;
  const fields = options.fields ? { fields: fieldsJson(item, columns, options.fields.select) } : {};
  return { '@odata.etag': etag, ...own, ...fields };
}
