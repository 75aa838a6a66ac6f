import type { FieldValue } from './field';
import type { AnyRow, Plan } from './rows';
import type { RowSectionId, SectionId } from './schema';

/**
 * Reading and replacing rows of a loaded plan without caring which section they are in. The
 * plan header is treated as the one row of section "plan".
 */

type Values = Readonly<Record<string, FieldValue>>;

/** The rows of a section in display order ("plan" → the header row). */
export function rowsOf(plan: Plan, section: SectionId): readonly AnyRow[] {
  if (section === 'plan') return [plan.header as AnyRow];
  return plan.sections[section as RowSectionId] as readonly AnyRow[];
}

export function findRow(plan: Plan, section: SectionId, key: string): AnyRow | undefined {
  return rowsOf(plan, section).find((row) => row.key === key);
}

/** The plan with a section's rows replaced. */
export function withRows(plan: Plan, section: SectionId, rows: readonly AnyRow[]): Plan {
  if (section === 'plan') {
    const header = rows[0];
    return header ? { ...plan, header: header as Plan['header'] } : plan;
  }
  return { ...plan, sections: { ...plan.sections, [section]: rows } };
}

/** Replaces the row with the same key, or appends it. */
export function putRow(plan: Plan, row: AnyRow): Plan {
  const rows = rowsOf(plan, row.section);
  const at = rows.findIndex((r) => r.key === row.key);
  const next = at === -1 ? [...rows, row] : rows.map((r, i) => (i === at ? row : r));
  return withRows(plan, row.section, next);
}

export function dropRow(plan: Plan, section: SectionId, key: string): Plan {
  return withRows(
    plan,
    section,
    rowsOf(plan, section).filter((row) => row.key !== key),
  );
}

export function withValues(row: AnyRow, changes: Values): AnyRow {
  return { ...row, values: { ...row.values, ...changes } };
}

/** The order for a row added at the end of a section. */
export function nextOrder(plan: Plan, section: SectionId): number {
  return rowsOf(plan, section).reduce((max, row) => Math.max(max, row.order), 0) + 1;
}
