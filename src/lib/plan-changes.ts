import { sectionById, type AnyRow, type Plan, type SectionId } from '../plan';
import { isLocalRowId, localRowId } from '../storage/outbox/lanes';
import type { ChangeState, QueuedChange } from '../storage/outbox/queued-change';
import { dropRow, findRow, putRow, rowsOf, withValues } from '../plan/plan-rows';

/** A change kept in the outbox, placed on the row of this plan it writes. */
export interface PlanChange {
  readonly id: string;
  readonly state: ChangeState;
  readonly kind: QueuedChange['operation']['kind'];
  readonly section: SectionId;
  readonly key: string;
  /** The row's label as this person last saw it (what the change list shows). */
  readonly label: string;
  /** Why it failed, or why the last try did not land while it is still waiting. */
  readonly reason: string | undefined;
  readonly change: QueuedChange;
}

const LOCAL_ID_PREFIX_LENGTH = localRowId('').length;

/** The key of the row an update or delete writes, when that row belongs to `plan`. */
function keyOfRow(plan: Plan, section: SectionId, id: string, newKeys: ReadonlySet<string>): string | undefined {
  if (isLocalRowId(id)) {
    const key = id.slice(LOCAL_ID_PREFIX_LENGTH);
    return newKeys.has(`${section}:${key}`) ? key : undefined;
  }
  return rowsOf(plan, section).find((row) => row.id === id)?.key;
}

function labelOf(values: AnyRow['values'] | undefined, section: SectionId): string {
  const value = values?.[sectionById(section).labelField];
  return typeof value === 'string' ? value : '';
}

/**
 * The outbox's changes that write rows of this plan, in queue order. Creates carry the plan id;
 * updates and deletes are matched by row id (ids are unique within a list), so a change kept for
 * another plan on the same site is never shown here.
 */
export function changesForPlan(plan: Plan, queued: readonly QueuedChange[]): PlanChange[] {
  const newKeys = new Set<string>();
  const out: PlanChange[] = [];
  for (const change of queued) {
    const { operation } = change;
    const section = operation.input.section as SectionId;
    let key: string | undefined;
    if (operation.kind === 'create') {
      if (operation.input.planId !== plan.header.key) continue;
      key = operation.input.key;
      newKeys.add(`${section}:${key}`);
    } else {
      key = keyOfRow(plan, section, operation.input.id, newKeys);
      if (key === undefined) continue;
    }
    const label = labelOf(operation.kind === 'create' ? operation.input.values : findRow(plan, section, key)?.values, section);
    const reason = change.failure?.message ?? change.lastError;
    out.push({ id: change.id, state: change.state, kind: operation.kind, section, key, label, reason, change });
  }
  return out;
}

/** Whether the change is still on its way to storage (what the UI shows applied, and counts as waiting). */
export function isUnderway(change: PlanChange): boolean {
  return change.state === 'waiting' || change.state === 'sending';
}

/**
 * What the person sees: storage's rows with the changes still on their way applied on top, in
 * order. Conflicting changes are not applied (the stored version shows until they choose), and
 * failed ones are undone simply by not being applied.
 */
export function withChangesApplied(confirmed: Plan, changes: readonly PlanChange[]): Plan {
  let plan = confirmed;
  for (const change of changes) {
    if (!isUnderway(change)) continue;
    const { operation } = change.change;
    if (operation.kind === 'create') {
      const { input } = operation;
      if (findRow(plan, change.section, change.key)) continue;
      plan = putRow(plan, {
        id: localRowId(input.key),
        key: input.key,
        planId: input.planId,
        etag: '',
        order: input.order ?? 0,
        created: change.change.queuedAt,
        modified: change.change.queuedAt,
        section: change.section,
        values: input.values,
      } as AnyRow);
    } else if (operation.kind === 'update') {
      const row = findRow(plan, change.section, change.key);
      if (row) plan = putRow(plan, withValues(row, operation.input.changes));
    } else {
      plan = dropRow(plan, change.section, change.key);
    }
  }
  return plan;
}
