import type { AnyRow, Plan } from '../../plan';
import type { RowChange } from '../../storage/port';
import { dropRow, findRow, putRow, rowsOf } from '../../plan/plan-rows';

/** The version after the comma of a SharePoint ETag (`"{guid},7"` → 7), when it has one. */
function etagVersion(etag: string): number | undefined {
  const match = /,(\d+)"?$/.exec(etag);
  return match ? Number(match[1]) : undefined;
}

/**
 * True when `incoming` is older than the row already held: a poll that was answered before one
 * of our own saves landed must not put the row back as it was (and bring back its old ETag).
 */
function isOlder(incoming: AnyRow, held: AnyRow): boolean {
  const theirs = etagVersion(incoming.etag);
  const ours = etagVersion(held.etag);
  if (theirs !== undefined && ours !== undefined) return theirs < ours;
  return incoming.modified !== '' && held.modified !== '' && incoming.modified < held.modified;
}

/**
 * The plan with changes seen by `store.changes` applied: rows of this plan written elsewhere are
 * put in (by key), rows removed are dropped (by storage id). Changes to other plans on the same
 * site, and versions older than the one held, are passed over.
 */
export function applyRowChanges(plan: Plan, changes: readonly RowChange[]): Plan {
  const planId = plan.header.key;
  return changes.reduce((next, change) => {
    if (change.kind === 'upsert') {
      const { row } = change;
      if (row.planId !== planId) return next;
      const held = findRow(next, row.section, row.key);
      return held && isOlder(row, held) ? next : putRow(next, row);
    }
    if (change.section === 'plan') return next;
    const gone = rowsOf(next, change.section).find((row) => row.id === change.id);
    return gone ? dropRow(next, change.section, gone.key) : next;
  }, plan);
}
