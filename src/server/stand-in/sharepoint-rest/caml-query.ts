import type { FilterNode, Literal } from '../odata/filter-parser';
import { spFail } from './sp-reply';

/** One element of a CAML document: its name, attributes, child elements and text. */
interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Element[];
  text: string;
}

const TOKEN = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Parses the small XML subset CAML queries use; anything else is SharePoint's 400. */
export function parseCaml(xml: string): Element {
  const root: Element = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  let consumed = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m.index !== consumed) break;
    consumed += m[0].length;
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    const [, closing, name, attrText = '', selfClosing] = m;
    if (closing) {
      if (top.name !== name) throw spFail.argument(`The CAML query closes <${name}> where <${top.name}> is open.`);
      stack.pop();
      continue;
    }
    const attrs = Object.fromEntries([...attrText.matchAll(ATTR)].map((a) => [a[1]!, unescape(a[2] ?? a[3] ?? '')]));
    const element: Element = { name: name!, attrs, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (consumed !== xml.length || stack.length !== 1) throw spFail.argument('The CAML query is not well-formed XML.');
  return root;
}

export function child(element: Element, name: string): Element | undefined {
  return element.children.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

const fieldOf = (e: Element): string => {
  const ref = child(e, 'FieldRef')?.attrs.Name;
  if (!ref) throw spFail.argument(`<${e.name}> needs a <FieldRef Name="…" />.`);
  return ref;
};

function valueOf(value: Element | undefined, today: string): Literal {
  if (!value) throw spFail.argument('A comparison needs a <Value>.');
  if (child(value, 'Today')) return today;
  const type = (value.attrs.Type ?? 'Text').toLowerCase();
  if (type === 'number' || type === 'counter' || type === 'integer') return Number(value.text);
  if (type === 'boolean') return value.text.trim() === '1' || value.text.trim().toLowerCase() === 'true';
  return value.text;
}

const OPS: Readonly<Record<string, 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'>> = { eq: 'eq', neq: 'ne', lt: 'lt', leq: 'le', gt: 'gt', geq: 'ge' };

/** A CAML `<Where>` condition as the stand-in's filter tree (the one OData `$filter` compiles to). */
export function camlCondition(e: Element, today: string): FilterNode {
  const name = e.name.toLowerCase();
  const op = OPS[name];
  if (op) return { kind: 'compare', op, field: fieldOf(e), value: valueOf(child(e, 'Value'), today) };
  if (name === 'isnull') return { kind: 'compare', op: 'eq', field: fieldOf(e), value: null };
  if (name === 'isnotnull') return { kind: 'compare', op: 'ne', field: fieldOf(e), value: null };
  if (name === 'in') {
    const values = child(e, 'Values')?.children ?? [];
    if (values.length === 0) throw spFail.argument('<In> needs <Values>.');
    const field = fieldOf(e);
    return values
      .map((v): FilterNode => ({ kind: 'compare', op: 'eq', field, value: valueOf(v, today) }))
      .reduce((left, right) => ({ kind: 'or', left, right }));
  }
  if (name === 'and' || name === 'or') {
    const [left, right] = e.children;
    if (!left || !right || e.children.length !== 2) throw spFail.argument(`<${e.name}> takes exactly two conditions.`);
    return { kind: name, left: camlCondition(left, today), right: camlCondition(right, today) };
  }
  throw spFail.argument(`The local stand-in does not understand the CAML element <${e.name}>.`);
}

/** What a view's `<Query>` asks for. */
export interface CamlQuery {
  readonly where?: FilterNode;
  readonly orderBy: readonly { readonly field: string; readonly descending: boolean }[];
  readonly groupBy: readonly string[];
  readonly rowLimit: number;
}

/** Reads `<View><Query>…</Query><RowLimit>…</RowLimit></View>` (or a bare `<Query>`). */
export function readViewXml(xml: string, today: string): CamlQuery {
  const root = parseCaml(xml.trim());
  const view = child(root, 'View');
  const query = view ? child(view, 'Query') : child(root, 'Query');
  const where = query && child(query, 'Where');
  const refs = (name: string) => (query && child(query, name)?.children.filter((c) => c.name === 'FieldRef')) ?? [];
  const rowLimit = Number((view && child(view, 'RowLimit')?.text) ?? 100);
  const condition = where?.children[0];
  return {
    ...(condition ? { where: camlCondition(condition, today) } : {}),
    orderBy: refs('OrderBy').map((r) => ({ field: r.attrs.Name ?? '', descending: (r.attrs.Ascending ?? 'TRUE').toUpperCase() === 'FALSE' })),
    groupBy: refs('GroupBy').map((r) => r.attrs.Name ?? ''),
    rowLimit: Number.isInteger(rowLimit) && rowLimit > 0 ? rowLimit : 100,
  };
}
