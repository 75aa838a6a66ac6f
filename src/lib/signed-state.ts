import type { Plan } from '../plan';
import { diffSinceSnapshot, type SectionChanges } from '../plan/plan-diff';
import { joinSnapshot, type PlanSnapshot } from '../plan/plan-snapshot';

export interface Signature {
  readonly by: string;
  readonly on: string;
}

/** Where a plan stands on sign-off: who signed, the signed version and what has changed since. */
export interface SignedState {
  readonly aclm: Signature | undefined;
  readonly clm: Signature | undefined;
  readonly snapshotKey: string | undefined;
  readonly snapshot: PlanSnapshot | undefined;
  /** Why the signed version could not be read, when it could not. */
  readonly snapshotError: string | undefined;
  readonly changes: readonly SectionChanges[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function signature(by: unknown, on: unknown): Signature | undefined {
  const name = text(by);
  const date = text(on);
  return name && date ? { by: name, on: date } : undefined;
}

/** The stored parts of one snapshot, joined. */
export function readSnapshot(plan: Plan, key: string): PlanSnapshot {
  const parts = plan.sections.snapshots
    .filter((row) => row.values.SnapshotKey === key)
    .map(({ values: v }) => ({
      part: typeof v.Part === 'number' ? v.Part : 0,
      parts: typeof v.Parts === 'number' ? v.Parts : 0,
      content: typeof v.Content === 'string' ? v.Content : '',
    }));
  return joinSnapshot(parts);
}

export function signedState(plan: Plan): SignedState {
  const values = plan.header.values;
  const snapshotKey = text(values.SignedSnapshotKey);
  let snapshot: PlanSnapshot | undefined;
  let snapshotError: string | undefined;
  if (snapshotKey) {
    try {
      snapshot = readSnapshot(plan, snapshotKey);
    } catch (error) {
      snapshotError = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    aclm: signature(values.AclmSignedBy, values.AclmSignedOn),
    clm: signature(values.ClmSignedBy, values.ClmSignedOn),
    snapshotKey,
    snapshot,
    snapshotError,
    changes: snapshot ? diffSinceSnapshot(snapshot, plan) : [],
  };
}
