import type { AnyRow, Plan, RowSectionId } from '../plan';

/**
 * Rows leave the service addressed by their client key: the browser never sees SharePoint item
 * ids, so a row made offline has the same id before and after it reaches SharePoint.
 */
export function servedRow<R extends AnyRow>(row: R): R {
  return { ...row, id: row.key };
}

export function servedPlan(plan: Plan): Plan {
  const sections = Object.fromEntries(Object.entries(plan.sections).map(([id, rows]) => [id, rows.map(servedRow)])) as unknown as Plan['sections'];
  return { header: servedRow(plan.header), sections } as Plan;
}

export type { RowSectionId };
