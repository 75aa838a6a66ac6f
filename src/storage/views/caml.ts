/**
 * A small builder for CAML, the XML SharePoint views are queried with. Building it from parts
 * (instead of writing XML by hand) keeps every query well formed and every value escaped, and
 * lets tests read back which columns a view names.
 */

/** The value types a comparison names; they match the column types the schema creates. */
export type CamlValueType = 'Text' | 'Choice' | 'DateTime' | 'Boolean' | 'Number';

/** A CAML fragment: its XML and the columns it refers to. */
export interface Caml {
  readonly xml: string;
  readonly fields: readonly string[];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const fieldRef = (name: string, attributes = ''): string => `<FieldRef Name="${escapeXml(name)}"${attributes} />`;

/** A comparison value: text, a number, a yes/no, or `today` for SharePoint's `<Today />`. */
export type CamlValue = string | number | boolean | { readonly today: true };

/** SharePoint's `<Today />`: the day the view is looked at, not the day it was made. */
export const TODAY: CamlValue = { today: true };

function valueXml(type: CamlValueType, value: CamlValue): string {
  if (typeof value === 'object') return `<Value Type="${type}"><Today /></Value>`;
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return `<Value Type="${type}">${escapeXml(text)}</Value>`;
}

function compare(operator: 'Eq' | 'Neq' | 'Lt' | 'Leq' | 'Gt' | 'Geq') {
  return (field: string, type: CamlValueType, value: CamlValue): Caml => ({
    xml: `<${operator}>${fieldRef(field)}${valueXml(type, value)}</${operator}>`,
    fields: [field],
  });
}

export const eq = compare('Eq');
export const neq = compare('Neq');
export const lt = compare('Lt');

/** One of several values: unlike Neq, an index can answer it, so it holds past 5,000 items. */
export function inValues(field: string, type: CamlValueType, values: readonly CamlValue[]): Caml {
  return { xml: `<In>${fieldRef(field)}<Values>${values.map((v) => valueXml(type, v)).join('')}</Values></In>`, fields: [field] };
}

export function isNull(field: string): Caml {
  return { xml: `<IsNull>${fieldRef(field)}</IsNull>`, fields: [field] };
}

export function isNotNull(field: string): Caml {
  return { xml: `<IsNotNull>${fieldRef(field)}</IsNotNull>`, fields: [field] };
}

/** CAML's And and Or take exactly two operands: more are nested to the left. */
function combine(operator: 'And' | 'Or') {
  return (first: Caml, ...rest: Caml[]): Caml =>
    rest.reduce<Caml>(
      (left, right) => ({ xml: `<${operator}>${left.xml}${right.xml}</${operator}>`, fields: [...left.fields, ...right.fields] }),
      first,
    );
}

export const and = combine('And');
export const or = combine('Or');

export interface ViewQueryParts {
  readonly where?: Caml;
  /** Groups rows under one heading per value (e.g. one group per plan). */
  readonly groupBy?: string;
  readonly orderBy?: readonly { readonly field: string; readonly descending?: boolean }[];
}

/**
 * A view's query as SP.ViewCreationInformation takes it: GroupBy, OrderBy and Where without the
 * enclosing `<Query>` element. Groups start collapsed, so a manager sees one line per council.
 */
export function viewQuery(parts: ViewQueryParts): Caml {
  const groupBy = parts.groupBy ? `<GroupBy Collapse="TRUE" GroupLimit="100">${fieldRef(parts.groupBy)}</GroupBy>` : '';
  const order = parts.orderBy ?? [];
  const orderBy = order.length
    ? `<OrderBy>${order.map((o) => fieldRef(o.field, o.descending ? ' Ascending="FALSE"' : '')).join('')}</OrderBy>`
    : '';
  const where = parts.where ? `<Where>${parts.where.xml}</Where>` : '';
  return {
    xml: `${groupBy}${orderBy}${where}`,
    fields: [...(parts.groupBy ? [parts.groupBy] : []), ...order.map((o) => o.field), ...(parts.where?.fields ?? [])],
  };
}
