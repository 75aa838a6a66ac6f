import { SIGNED_VERSION, signOffState, type Plan, type SignOff } from '../plan';
import { diffSinceSnapshot, type SectionChanges } from '../plan/plan-diff';
import { signedVersionFromRows, SignedVersionError, type SignedVersion } from '../plan/signed-version';

/** Where a plan stands on sign-off: who signed (the one sign-off model), the signed version and what has changed since. */
export interface SignedState {
  readonly signOff: SignOff;
  readonly snapshotKey: string | undefined;
  readonly snapshot: SignedVersion | undefined;
  /** Why the signed version could not be read, when it could not. */
  readonly snapshotError: SignedVersionError | undefined;
  readonly changes: readonly SectionChanges[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The stored parts of one snapshot, joined. */
export function readSnapshot(plan: Plan, key: string): SignedVersion {
  return signedVersionFromRows(plan.sections.snapshots, key);
}

export function signedState(plan: Plan): SignedState {
  const values = plan.header.values;
  const snapshotKey = text(values[SIGNED_VERSION]);
  let snapshot: SignedVersion | undefined;
  let snapshotError: SignedVersionError | undefined;
  if (snapshotKey) {
    try {
      snapshot = readSnapshot(plan, snapshotKey);
    } catch (error) {
      if (!(error instanceof SignedVersionError)) throw error;
      snapshotError = error;
    }
  }
  return {
    signOff: signOffState(values),
    snapshotKey,
    snapshot,
    snapshotError,
    changes: snapshot ? diffSinceSnapshot(snapshot, plan) : [],
  };
}
