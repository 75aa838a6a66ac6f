import { sectionById, type AnyRow, type Plan, type SectionId } from '../plan';
import type { Problem } from '../storage/errors';
import type { ChangeFailure, ChangeState, QueuedChange } from '../storage/outbox';
import { dropRow, findRow, putRow, withValues } from '../plan/plan-rows';

export type ChangeReason = { readonly failed: ChangeFailure } | { readonly retrying: Problem };

/** A change kept in the outbox, placed on the row of this plan it writes. */
export interface PlanChange {
  readonly id: string;
  readonly state: ChangeState;
  readonly kind: QueuedChange['operation']['kind'];
  readonly section: SectionId;
  readonly key: string;
  /** The row's label as this person last saw it (what the change list shows). */
  readonly label: string;
  /** Why it failed, or why the last try did not land while it is still waiting: data the UI words. */
  readonly reason: ChangeReason | undefined;
  readonly change: QueuedChange;
}

function labelOf(values: AnyRow['values'] | undefined, section: SectionId): string {
  const value = values?.[sectionById(section).labelField];
  return typeof value === 'string' ? value : '';
}

/**
 * The outbox's changes that write rows of this plan, in queue order. Every change names its
 * plan, section and row key, so a change kept for another plan on the same site is never shown.
 */
export function changesForPlan(plan: Plan, queued: readonly QueuedChange[]): PlanChange[] {
  return queued
    .filter((change) => change.operation.input.planId === plan.header.key)
    .map((change) => {
      const { operation } = change;
      const { section, key } = operation.input;
      const values = operation.kind === 'create' ? operation.input.values : findRow(plan, section, key)?.values;
      const reason = change.failure ? { failed: change.failure } : change.lastProblem ? { retrying: change.lastProblem } : undefined;
      return { id: change.id, state: change.state, kind: operation.kind, section, key, label: labelOf(values, section), reason, change };
    });
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
        // The service serves every row with its key as its id, so the row keeps it once saved.
        id: input.key,
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
