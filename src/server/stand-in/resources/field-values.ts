import { columnKind, type ColumnDef } from '../db/lists-repo';
import type { FieldJson, Fields } from '../db/items-repo';
import { fail } from '../http/reply';
import { isIsoDate } from '../iso-date';
import { graphInstant, siteDatesFor, type SiteDates } from '../site-dates';

/** Columns SharePoint maintains itself: writing them through Graph is refused. */
export const READ_ONLY_FIELDS = new Set([
  'id',
  'ID',
  'ContentType',
  'Modified',
  'Created',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
]);

const SINGLE_LINE_DEFAULT_MAX = 255;
const MULTI_LINE_MAX = 63_999;

function coerceValue(column: ColumnDef, value: unknown, storedDate: (value: string) => string | undefined): FieldJson {
  const reject = (why: string) => fail.badRequest(`Field '${column.name}' ${why}`);
  switch (columnKind(column)) {
    case 'text': {
      if (typeof value !== 'string' && typeof value !== 'number') throw reject('must be text.');
      const text = String(value);
      const max = column.text?.allowMultipleLines ? MULTI_LINE_MAX : (column.text?.maxLength ?? SINGLE_LINE_DEFAULT_MAX);
      if (text.length > max) throw reject(`is longer than its maximum of ${max} characters.`);
      return text;
    }
    case 'choice': {
      const choices = column.choice?.choices ?? [];
      if (typeof value !== 'string' || (!column.choice?.allowTextEntry && !choices.includes(value))) {
        throw reject(`must be one of its choices (${choices.join(', ')}); ${JSON.stringify(value)} is not.`);
      }
      return value;
    }
    case 'dateOnly': {
      const date = typeof value === 'string' ? storedDate(value) : undefined;
      if (!date) throw reject(`must be a date ('YYYY-MM-DD' or an ISO 8601 instant); ${JSON.stringify(value)} is not.`);
      return date;
    }
    case 'dateTime': {
      const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(instant)) throw reject(`must be an ISO 8601 date and time; ${JSON.stringify(value)} is not.`);
      return graphInstant(new Date(instant));
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      throw reject(`must be true or false; ${JSON.stringify(value)} is not.`);
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw reject(`must be a number; ${JSON.stringify(value)} is not.`);
      return n;
    }
    case 'other':
      if (typeof value === 'object') throw reject('cannot be set to an object by the local stand-in.');
      return value as FieldJson;
  }
}

/** Data put straight into the database (the seed, benchmarks) names the day it means. */
const dayAsNamed = (value: string) => (isIsoDate(value) ? value : siteDatesFor().storedDate(value));

/**
 * Checks a `fields` body against the list's columns, the way SharePoint does: unknown and
 * read-only names are refused, values must fit their column. Null or '' clears a value.
 * Returns the changes (null = clear); annotations such as "X@odata.type" are ignored. A request
 * passes its site's dates, so date-only values are kept as SharePoint keeps them.
 */
export function coerceFieldChanges(columns: readonly ColumnDef[], input: unknown, dates?: SiteDates): Record<string, FieldJson | null> {
  const storedDate = dates ? dates.storedDate : dayAsNamed;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail.badRequest('The request body must carry the item\'s fields as a JSON object.');
  }
  const byName = new Map(columns.map((c) => [c.name, c]));
  const changes: Record<string, FieldJson | null> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.includes('@')) continue;
    if (READ_ONLY_FIELDS.has(name)) throw fail.badRequest(`Field '${name}' is read-only`);
    const column = byName.get(name);
    if (!column) throw fail.badRequest(`Field '${name}' is not recognized`);
    changes[name] = value === null || value === undefined || value === '' ? null : coerceValue(column, value, storedDate);
  }
  return changes;
}

/** Applies changes to stored fields: a null removes the value. */
export function applyChanges(current: Fields, changes: Readonly<Record<string, FieldJson | null>>): Fields {
  const next: Record<string, FieldJson> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete next[name];
    else next[name] = value;
  }
  return next;
}
