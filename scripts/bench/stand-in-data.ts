import type { StandInDb } from '../../src/server/stand-in';
import { insertItem } from '../../src/server/stand-in/db/items-repo';
import { findList, listColumns } from '../../src/server/stand-in/db/lists-repo';
import { applyChanges, coerceFieldChanges } from '../../src/server/stand-in/resources/field-values';
import { provisionAllLists } from '../../src/server/sample-site/provision';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { fieldsForGraph } from '../../src/storage/graph/row-mapping';
import type { GeneratedPlan, GeneratedRow } from './fictional-plan';

function insertRow(db: StandInDb, planId: string, row: GeneratedRow): void {
  const list = findList(db, row.section.list);
  if (!list) throw new Error(`The stand-in has no "${row.section.list}" list: provision it first.`);
  const fields = { ...fieldsForGraph(row.section, row.values, 'create'), PlanId: planId, ClientKey: row.key, SortOrder: row.order };
  insertItem(db, list, applyChanges({}, coerceFieldChanges(listColumns(db, list.id), fields)), SAMPLE_CEM.email);
}

/**
 * Puts plans straight into the stand-in's database, in one transaction, the way the adapter
 * would have written them (same Graph fields, same column coercion), but without 6,000 requests.
 */
export function insertPlans(db: StandInDb, plans: readonly GeneratedPlan[]): void {
  db.tx(() => {
    provisionAllLists(db);
    for (const plan of plans) {
      insertRow(db, plan.planId, plan.header);
      for (const row of plan.rows) insertRow(db, plan.planId, row);
    }
  });
}
