import { fail } from '../http/reply';

/** Graph accepts query options with or without the `$` prefix. */
export function option(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

/** `$top`: the page size, 200 unless asked; SharePoint serves at most 5,000 a page. */
export function pageSize(query: URLSearchParams): number {
  const raw = option(query, 'top');
  if (raw === undefined) return DEFAULT_PAGE_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw fail.badRequest(`Invalid $top value '${raw}': it must be a positive whole number.`);
  return Math.min(n, MAX_PAGE_SIZE);
}

/** Splits on commas that are not inside parentheses: "fields($select=A,B),columns". */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

export function parseSelect(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface Expand {
  /** Whether `fields` is expanded, and the columns it selects (undefined = all). */
  readonly fields?: { readonly select?: readonly string[] };
  readonly columns: boolean;
}

/** `$expand=fields`, `fields($select=A,B)` or `columns`. */
export function parseExpand(query: URLSearchParams): Expand {
  const text = option(query, 'expand');
  if (!text) return { columns: false };
  let fields: Expand['fields'];
  let columns = false;
  for (const part of splitTopLevel(text)) {
    const m = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(part);
    if (!m) throw fail.badRequest(`Invalid $expand '${part}'.`);
    if (m[1] === 'fields') {
      const inner = new URLSearchParams((m[2] ?? '').replace(/;/g, '&'));
      fields = { select: parseSelect(option(inner, 'select')) };
    } else if (m[1] === 'columns') {
      columns = true;
    } else {
      throw fail.badRequest(`Could not find a navigation property named '${m[1]}' to expand.`);
    }
  }
  return { fields, columns };
}

export interface OrderTerm {
  readonly field: string;
  readonly desc: boolean;
}

/** `$orderby=fields/DueDate desc,id`. */
export function parseOrderBy(query: URLSearchParams): OrderTerm[] {
  const text = option(query, 'orderby');
  if (!text) return [];
  return text.split(',').map((part) => {
    const m = /^\s*(id|fields\/([A-Za-z_][A-Za-z0-9_]*))(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!m) throw fail.badRequest(`Invalid $orderby '${part.trim()}': order by fields/<Column> [asc|desc].`);
    return { field: m[2] ?? 'id', desc: m[3] === 'desc' };
  });
}

/** Where the next page starts: after an item id (natural order) or at an offset (ordered). */
export type PagePosition = { readonly afterId: number } | { readonly offset: number };

/** SharePoint-style `$skiptoken` ("Paged=TRUE&p_ID=200"), base64 encoded and opaque to clients. */
export function encodeSkipToken(position: PagePosition): string {
  const text = 'afterId' in position ? `Paged=TRUE&p_ID=${position.afterId}` : `Paged=TRUE&p_Offset=${position.offset}`;
  return Buffer.from(text).toString('base64url');
}

export function decodeSkipToken(token: string | undefined): PagePosition {
  if (token === undefined) return { afterId: 0 };
  const params = new URLSearchParams(Buffer.from(token, 'base64url').toString('utf8'));
  const id = Number(params.get('p_ID'));
  const offset = Number(params.get('p_Offset'));
  if (params.get('Paged') !== 'TRUE') throw fail.badRequest('The $skiptoken is not valid.');
  if (params.has('p_ID') && Number.isInteger(id)) return { afterId: id };
  if (params.has('p_Offset') && Number.isInteger(offset)) return { offset };
  throw fail.badRequest('The $skiptoken is not valid.');
}

/** A query string as Graph writes its links: `$`, commas, parentheses and slashes left readable. */
export function queryString(params: URLSearchParams): string {
  const readable = (s: string) => encodeURIComponent(s).replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%28/g, '(').replace(/%29/g, ')').replace(/%2F/gi, '/');
  return [...params].map(([k, v]) => `${readable(k)}=${readable(v)}`).join('&');
}
