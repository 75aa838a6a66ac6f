import { isIsoDate } from '../iso-date';
import { columnKind, fieldExpr, type ColumnDef } from '../db/lists-repo';
import { fail } from '../http/reply';
import { siteDatesFor, type SiteDates } from '../site-dates';
import type { CompareOp, FilterNode, Literal } from './filter-parser';

/** A compiled filter: a WHERE fragment and its parameters. */
export interface SqlFilter {
  readonly where: string;
  readonly params: unknown[];
}

const SQL_OP: Record<CompareOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** A date in a filter: 'YYYY-MM-DD' is that day; an instant counts as its day at the site. */
function filterDate(value: string, dates: SiteDates): string | undefined {
  return isIsoDate(value) ? value : dates.storedDate(value);
}

function typedValue(column: ColumnDef, value: Exclude<Literal, null>, dates: SiteDates): string | number {
  const bad = () => fail.badRequest(`The value ${JSON.stringify(value)} does not fit column '${column.name}'.`);
  switch (columnKind(column)) {
    case 'boolean':
      if (typeof value === 'boolean') return Number(value);
      if (value === 1 || value === 0) return value;
      throw bad();
    case 'number': {
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || Number.isNaN(n)) throw bad();
      return n;
    }
    case 'dateOnly': {
      const date = typeof value === 'string' ? filterDate(value, dates) : undefined;
      if (!date) throw bad();
      return date;
    }
    default:
      if (typeof value === 'boolean') throw bad();
      return String(value);
  }
}

/** The SQL for one column; text compares case-insensitively, as SharePoint does. */
function columnSql(name: string, columns: ReadonlyMap<string, ColumnDef>): { expr: string; column?: ColumnDef } {
  if (name === 'id') return { expr: 'id' };
  const column = columns.get(name);
  if (!column) throw fail.badRequest(`Column '${name}' does not exist. It may have been deleted by another user.`);
  const kind = columnKind(column);
  const text = kind === 'text' || kind === 'choice' || kind === 'other';
  return { expr: text ? `${fieldExpr(name)} COLLATE NOCASE` : fieldExpr(name), column };
}

function compare(node: Extract<FilterNode, { kind: 'compare' }>, columns: ReadonlyMap<string, ColumnDef>, dates: SiteDates): SqlFilter {
  const { expr, column } = columnSql(node.field, columns);
  if (node.value === null) {
    if (node.op === 'eq') return { where: `${expr} IS NULL`, params: [] };
    if (node.op === 'ne') return { where: `${expr} IS NOT NULL`, params: [] };
    return { where: '0', params: [] };
  }
  const value = column ? typedValue(column, node.value, dates) : Number(node.value);
  // OData: null ne 'x' is true.
  if (node.op === 'ne') return { where: `(${expr} IS NULL OR ${expr} <> ?)`, params: [value] };
  return { where: `${expr} ${SQL_OP[node.op]} ?`, params: [value] };
}

/** Compiles a parsed filter against a list's columns. Unknown columns fail with Graph's 400. */
export function compileFilter(node: FilterNode, columns: ReadonlyMap<string, ColumnDef>, dates: SiteDates = siteDatesFor()): SqlFilter {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const l = compileFilter(node.left, columns, dates);
      const r = compileFilter(node.right, columns, dates);
      return { where: `(${l.where} ${node.kind.toUpperCase()} ${r.where})`, params: [...l.params, ...r.params] };
    }
    case 'not': {
      const inner = compileFilter(node.operand, columns, dates);
      return { where: `NOT COALESCE(${inner.where}, 0)`, params: inner.params };
    }
    case 'compare':
      return compare(node, columns, dates);
    case 'startswith': {
      const { expr, column } = columnSql(node.field, columns);
      const kind = column ? columnKind(column) : 'number';
      if (kind !== 'text' && kind !== 'choice') throw fail.badRequest(`startswith() needs a text column; '${node.field}' is not one.`);
      const pattern = `${node.value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return { where: `${expr} LIKE ? ESCAPE '\\'`, params: [pattern] };
    }
  }
}
