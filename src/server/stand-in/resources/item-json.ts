import { createHash } from 'node:crypto';
import { columnKind, type ColumnDef, type ListRecord } from '../db/lists-repo';
import type { ItemRecord } from '../db/items-repo';
import type { StandInRequest } from '../http/context';
import { identitySet } from '../identity';
import { DEFAULT_SITE_ID, siteWebUrl } from '../site';
import { remembered } from '../memo';
import type { SiteDates } from '../site-dates';

/** An item's eTag as SharePoint forms it: the item GUID and its version, in quotes. */
export function etagOf(item: ItemRecord): string {
  return `"{${item.guid}},${item.version}"`;
}

/** The person's id in the site's hidden user list (what Graph calls a LookupId). */
const userLookupId = remembered((email) => String(10 + (parseInt(createHash('sha1').update(email).digest('hex').slice(0, 6), 16) % 9000)));

type Wanted = (name: string) => boolean;
const everything: Wanted = () => true;

/** A `$select` as a test for one name; no `$select` keeps everything. */
function picker(select: readonly string[] | undefined): Wanted {
  if (!select) return everything;
  const wanted = new Set(select);
  return (name) => wanted.has(name);
}

/** The fields SharePoint adds to every item of a genericList. */
const SYSTEM_FIELDS: Readonly<Record<string, (item: ItemRecord) => unknown>> = {
  id: (item) => String(item.id),
  ContentType: () => 'Item',
  Modified: (item) => item.modified,
  Created: (item) => item.created,
  AuthorLookupId: (item) => userLookupId(item.createdBy),
  EditorLookupId: (item) => userLookupId(item.modifiedBy),
  _UIVersionString: (item) => `${item.version}.0`,
  Attachments: () => false,
  Edit: () => '',
  LinkTitleNoMenu: (item) => item.fields.Title ?? '',
  LinkTitle: (item) => item.fields.Title ?? '',
  ItemChildCount: () => '0',
  FolderChildCount: () => '0',
};

/**
 * Graph's fieldValueSet: the eTag, the list's columns that hold a value and SharePoint's own.
 * Only what `select` names is built: a large list is read with a few columns of each item.
 */
export function fieldsJson(item: ItemRecord, columns: readonly ColumnDef[], dates: SiteDates, select?: readonly string[]): Record<string, unknown> {
  const picked = picker(select);
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  for (const c of columns) {
    const value = item.fields[c.name];
    // SharePoint leaves empty columns out of `fields`; date-only columns go out as the site's local midnight in UTC.
    if (value === undefined || !picked(c.name)) continue;
    out[c.name] = columnKind(c) === 'dateOnly' && typeof value === 'string' ? dates.midnightInstant(value) : value;
  }
  for (const [name, value] of Object.entries(SYSTEM_FIELDS)) if (picked(name)) out[name] = value(item);
  return out;
}

export interface ItemJsonOptions {
  readonly fields?: { readonly select?: readonly string[] };
  /** Top-level `$select` of the listItem's own properties. */
  readonly select?: readonly string[];
  /** Delta answers carry no createdBy or lastModifiedBy (Microsoft calls this expected behaviour). */
  readonly withoutPeople?: boolean;
}

const PEOPLE = new Set(['createdBy', 'lastModifiedBy']);

interface ItemContext {
  readonly req: StandInRequest;
  readonly list: ListRecord;
  readonly item: ItemRecord;
  readonly etag: string;
}

/** The listItem's own properties, each built only when asked for. */
const ITEM_PROPERTIES: Readonly<Record<string, (c: ItemContext) => unknown>> = {
  createdDateTime: (c) => c.item.created,
  eTag: (c) => c.etag,
  id: (c) => String(c.item.id),
  lastModifiedDateTime: (c) => c.item.modified,
  webUrl: (c) => `${siteWebUrl(c.req.origin)}/Lists/${c.list.name}/${c.item.id}_.000`,
  createdBy: (c) => identitySet(c.item.createdBy),
  lastModifiedBy: (c) => identitySet(c.item.modifiedBy),
  parentReference: (c) => ({ id: c.list.id, siteId: DEFAULT_SITE_ID }),
  contentType: () => ({ id: '0x0100', name: 'Item' }),
};

/** Graph's listItem resource. */
export function itemJson(
  req: StandInRequest,
  list: ListRecord,
  columns: readonly ColumnDef[],
  item: ItemRecord,
  options: ItemJsonOptions = {},
): Record<string, unknown> {
  const context: ItemContext = { req, list, item, etag: etagOf(item) };
  const picked = picker(options.select);
  const out: Record<string, unknown> = { '@odata.etag': context.etag };
  for (const [name, value] of Object.entries(ITEM_PROPERTIES)) {
    if (picked(name) && !(options.withoutPeople && PEOPLE.has(name))) out[name] = value(context);
  }
  if (options.fields) out.fields = fieldsJson(item, columns, req.siteDates, options.fields.select);
  return out;
}
