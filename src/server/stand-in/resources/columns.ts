import { addColumn, COLUMN_NAME, listColumns, type ColumnDef, type ListRecord } from '../db/lists-repo';
import type { StandInDb } from '../db/database';
import type { RouteHandler } from '../http/context';
import { fail, json } from '../http/reply';
import { BUILT_IN_DISPLAY_NAMES, BUILT_IN_FIELD_NAMES } from '../built-in-fields';
import { READ_ONLY_FIELDS } from './field-values';
import { requireList } from './lists-lookup';

const TYPE_FACETS = ['text', 'choice', 'dateTime', 'boolean', 'number', 'personOrGroup', 'lookup', 'hyperlinkOrPicture', 'currency'];

/** The Title column every genericList brings. */
export const TITLE_COLUMN: Omit<ColumnDef, 'id'> = {
  name: 'Title',
  displayName: 'Title',
  columnGroup: 'Custom Columns',
  description: '',
  enforceUniqueValues: false,
  hidden: false,
  indexed: false,
  readOnly: false,
  required: true,
  text: { allowMultipleLines: false, maxLength: 255 },
};

/** SharePoint's own read-only columns, listed by `GET …/columns` but never stored as values. */
const SYSTEM_COLUMNS: readonly Omit<ColumnDef, 'id'>[] = (
  [
    { name: 'ID', displayName: 'ID', number: {} },
    { name: 'Modified', displayName: 'Modified', dateTime: { format: 'dateTime' } },
    { name: 'Created', displayName: 'Created', dateTime: { format: 'dateTime' } },
    { name: 'Author', displayName: 'Created By', personOrGroup: {} },
    { name: 'Editor', displayName: 'Modified By', personOrGroup: {} },
    { name: 'Attachments', displayName: 'Attachments', boolean: {} },
  ] satisfies Omit<ColumnDef, 'id'>[]
).map((c) => ({
  ...c,
  columnGroup: '_Hidden',
  hidden: false,
  indexed: false,
  readOnly: true,
  required: false,
  enforceUniqueValues: false,
  description: '',
}));

/** Checks a columnDefinition body as Graph does and returns what to store. */
export function validateColumn(body: unknown): Omit<ColumnDef, 'id'> {
  if (typeof body !== 'object' || body === null) throw fail.badRequest('The request body must be a columnDefinition object.');
  const c = body as Record<string, unknown>;
  if (typeof c.name !== 'string' || !COLUMN_NAME.test(c.name)) {
    throw fail.badRequest(`Invalid column name ${JSON.stringify(c.name)}: use letters, digits and underscores, starting with a letter.`);
  }
  const facets = TYPE_FACETS.filter((f) => c[f] !== undefined && c[f] !== null);
  if (facets.length !== 1) throw fail.badRequest(`Column '${c.name}' must have exactly one type facet (text, choice, dateTime, …).`);
  if (c.choice && !Array.isArray((c.choice as { choices?: unknown }).choices)) {
    throw fail.badRequest(`Column '${c.name}' is a choice column without choices.`);
  }
  const unique = c.enforceUniqueValues === true;
  const { id: _ignoredId, ...given } = c;
  return {
    ...given,
    name: c.name,
    displayName: typeof c.displayName === 'string' && c.displayName ? c.displayName : c.name,
    description: typeof c.description === 'string' ? c.description : '',
    columnGroup: 'Custom Columns',
    hidden: c.hidden === true,
    readOnly: false,
    required: c.required === true,
    enforceUniqueValues: unique,
    // SharePoint enforces unique values only on an indexed column, and indexes it for you.
    indexed: c.indexed === true || unique,
  };
}

/**
 * Adds a validated column to a list, refusing a name the list already has or one of
 * SharePoint's built-in field names, and a display name SharePoint reserves. Call inside a transaction.
 */
export function addListColumn(db: StandInDb, list: ListRecord, column: Omit<ColumnDef, 'id'>): ColumnDef {
  const taken = [...listColumns(db, list.id), ...SYSTEM_COLUMNS].some((c) => c.name.toLowerCase() === column.name.toLowerCase());
  if (taken || READ_ONLY_FIELDS.has(column.name) || BUILT_IN_FIELD_NAMES.has(column.name.toLowerCase())) {
    throw fail.conflict(`A duplicate field name "${column.name}" was found.`);
  }
  if (BUILT_IN_DISPLAY_NAMES.has(column.displayName.trim().toLowerCase())) {
    throw fail.badRequest(`The column name "${column.displayName}" is already in use or reserved. Choose another name.`);
  }
  return addColumn(db, list.id, column);
}

/** The columns `GET …/columns` lists: the list's own, then SharePoint's read-only ones. */
export function visibleColumns(db: StandInDb, list: ListRecord): ColumnDef[] {
  return [...listColumns(db, list.id), ...SYSTEM_COLUMNS.map((c) => ({ ...c, id: `${c.name.toLowerCase()}-system` }))];
}

export const getColumns: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  return json(200, {
    '@odata.context': `${req.graphBaseUrl}/$metadata#sites('${params.site}')/lists('${list.id}')/columns`,
    value: visibleColumns(db, list),
  });
};

export const postColumn: RouteHandler = (req, params, { db }) => {
  const list = requireList(db, params.list!);
  const column = validateColumn(req.body);
  return json(201, db.tx(() => addListColumn(db, list, column)));
};
