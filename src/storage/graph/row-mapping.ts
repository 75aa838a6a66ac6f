import {
  SINGLE_LINE_MAX,
  SYSTEM_FIELDS,
  parsePerson,
  toIsoDate,
  type AnyRow,
  type FieldDef,
  type FieldValue,
  type SectionDef,
  type SectionId,
} from '../../plan';
import { columnNamesFor } from './column-definitions';
import type { GraphFields, GraphListItem } from './graph-types';

/**
 * SharePoint columns read besides the schema's: the item's own dates. Not Title: it only repeats
 * the label field for SharePoint's views, and read back it would be a tenth of a plan's bytes.
 */
const ITEM_COLUMNS = ['Created', 'Modified'] as const;

/** The columns to `$select` for a section: its schema columns and the few system ones we map. */
export function selectedFields(section: SectionDef): string[] {
  return [...columnNamesFor(section), ...ITEM_COLUMNS];
}

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** Dates seen, as read: a plan holds a few hundred distinct dates in thousands of rows. */
const knownDates = new Map<string, string | null>();
const KNOWN_DATES_LIMIT = 5_000;

function dateFromGraph(raw: string): string | null {
  let date = knownDates.get(raw);
  if (date !== undefined) return date;
  try {
    date = toIsoDate(raw);
  } catch {
    // SharePoint only stores dates in a date column; anything else is no date.
    date = null;
  }
  if (knownDates.size >= KNOWN_DATES_LIMIT) knownDates.clear();
  knownDates.set(raw, date);
  return date;
}

/** One stored value as the schema's kind: dates to 'YYYY-MM-DD', numbers and booleans typed, blanks null. */
export function valueFromGraph(field: FieldDef, raw: unknown): FieldValue {
  if (isBlank(raw)) return null;
  switch (field.kind) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      return raw === 'true' || raw === 1 ? true : raw === 'false' || raw === 0 ? false : null;
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      return Number.isFinite(n) ? n : null;
    }
    case 'date':
      return dateFromGraph(String(raw));
    default:
      return String(raw);
  }
}

function text(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

/**
 * A Graph list item (or a bare fieldValueSet, as a PATCH answers) as a row of the section.
 * SharePoint's own columns are dropped; only the schema's fields become values.
 */
export function rowFromItem(section: SectionDef, item: GraphListItem): AnyRow {
  const fields = item.fields ?? {};
  const values: Record<string, FieldValue> = {};
  for (const field of section.fields) values[field.name] = valueFromGraph(field, fields[field.name]);
  // The person the plan service wrote for; SharePoint's own Modified By names the app then.
  const changedBy = text(fields[SYSTEM_FIELDS.changedBy.name]);
  const modifiedBy = (changedBy && parsePerson(changedBy).name) || item.lastModifiedBy?.user?.displayName;
  return {
    section: section.id as SectionId,
    id: String(item.id ?? fields['id']),
    // A row typed straight into the SharePoint list has no key: its item id stands in.
    key: text(fields[SYSTEM_FIELDS.clientKey.name]) ?? `item-${item.id}`,
    planId: text(fields[SYSTEM_FIELDS.planId.name]) ?? '',
    etag: item['@odata.etag'] ?? item.eTag ?? text(fields['@odata.etag']) ?? '',
    order: (valueFromGraph(SYSTEM_FIELDS.sortOrder, fields[SYSTEM_FIELDS.sortOrder.name]) as number | null) ?? 0,
    created: item.createdDateTime ?? text(fields['Created']) ?? '',
    modified: item.lastModifiedDateTime ?? text(fields['Modified']) ?? '',
    ...(modifiedBy ? { modifiedBy } : {}),
    values,
  };
}

/** A PATCH answer's fieldValueSet as a row, when it carries what a row needs (else re-read). */
export function rowFromFields(section: SectionDef, fields: GraphFields | undefined): AnyRow | undefined {
  if (!fields || !text(fields['@odata.etag']) || !text(fields[SYSTEM_FIELDS.clientKey.name]) || fields['id'] === undefined) return undefined;
  return rowFromItem(section, { id: String(fields['id']), fields });
}

/** SharePoint's Title: the row's label, cut to the column's 255 characters without splitting a pair. */
export function titleFor(section: SectionDef, values: Readonly<Record<string, FieldValue>>): string {
  const label = values[section.labelField];
  const full = label === null || label === undefined ? '' : String(label);
  if (full.length <= SINGLE_LINE_MAX) return full;
  const cut = full.slice(0, SINGLE_LINE_MAX);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A date as written to a date-only column: noon UTC of the day. SharePoint reads a bare
 * 'YYYY-MM-DD' as midnight UTC and keeps the day that instant falls on in the *site's* zone, so
 * on a site west of UTC the day before would be kept; noon UTC falls on the same day in every
 * zone from UTC−12 to UTC+11, and reading back rounds the site's midnight to the nearest day.
 */
export function dateForGraph(date: string): string {
  return `${date}T12:00:00Z`;
}

function valueForGraph(section: SectionDef, name: string, value: FieldValue): FieldValue {
  if (typeof value !== 'string' || value === '') return value;
  return section.fields.find((f) => f.name === name)?.kind === 'date' ? dateForGraph(value) : value;
}

/**
 * Validated values as Graph fields. On create, empty values are left out (SharePoint's default is
 * empty); on update they are sent as null to clear the column. Title follows the label field.
 */
export function fieldsForGraph(
  section: SectionDef,
  values: Readonly<Record<string, FieldValue>>,
  mode: 'create' | 'update',
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null && mode === 'create') continue;
    out[name] = valueForGraph(section, name, value);
  }
  if (mode === 'create' || Object.prototype.hasOwnProperty.call(values, section.labelField)) out['Title'] = titleFor(section, values);
  return out;
}

/** Rows in the order people see them: SortOrder, then the order they were created in. */
export function compareRows(a: AnyRow, b: AnyRow): number {
  if (a.order !== b.order) return a.order - b.order;
  const byNumber = Number(a.id) - Number(b.id);
  return Number.isNaN(byNumber) ? a.id.localeCompare(b.id) : byNumber;
}
