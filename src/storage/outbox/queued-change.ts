import type { AnyRow, FieldValue, ValidatedValues } from '../../plan';
import type { Problem } from '../errors';
import type { CreateRowInput, DeleteRowInput, RowValues, UpdateRowInput } from '../port';

/** One write, exactly as it will be sent to storage (and replayed after a reload). */
export type ChangeOperation =
  | { readonly kind: 'create'; readonly input: CreateRowInput }
  | { readonly kind: 'update'; readonly input: UpdateRowInput }
  | { readonly kind: 'delete'; readonly input: DeleteRowInput };

/**
 * Where a change is: `waiting` (kept, not confirmed yet), `sending`, `saved` (storage confirmed
 * it; the change then leaves the queue), `failed` (storage will never accept it; see `failure`)
 * or `conflict` (someone else saved first; see `conflict`, then `resolve`).
 */
export type ChangeState = 'waiting' | 'sending' | 'saved' | 'failed' | 'conflict';

/**
 * Why a change was given up, as data the catalogues word in the reader's language (a change kept
 * on a device may be shown to someone reading another language than the one it failed in).
 */
export interface ChangeFailure {
  /**
   * `forbidden`: show the plan read-only. `dependency`: the row it changes was never saved.
   * `notKept`: the device would not keep it. `discarded`: the person threw it away.
   */
  readonly kind: 'forbidden' | 'invalid' | 'notFound' | 'refused' | 'dependency' | 'discarded' | 'notKept';
  /** What storage answered (for `dependency`, what it answered the change it waited for). */
  readonly problem?: Problem;
}

/** One field of a conflict, side by side. */
export interface FieldDiff {
  readonly field: string;
  readonly label: string;
  /** What this person tried to save. */
  readonly mine: FieldValue;
  /** What storage holds now (undefined when the row could not be read back). */
  readonly theirs: FieldValue | undefined;
  readonly differs: boolean;
}

/** Both versions of a row that someone else changed first. */
export interface ConflictInfo {
  /** The values this person tried to save; null for a delete. */
  readonly mine: RowValues | null;
  /** The row as it is in storage now; null when it could not be read back. */
  readonly theirs: AnyRow | null;
  /** Field by field, for every field the change touches (empty for a delete). */
  readonly fields: readonly FieldDiff[];
}

/** How a person settles a conflict: keep theirs, keep mine, or these merged values (checked where chosen). */
export type Resolution = 'mine' | 'theirs' | ValidatedValues;

/** A write in the outbox: persisted before it is sent, removed once storage confirmed it. */
export interface QueuedChange {
  readonly id: string;
  /** Order of queueing: changes to one row are sent in this order. */
  readonly seq: number;
  readonly queuedAt: string;
  readonly operation: ChangeOperation;
  readonly state: ChangeState;
  /** Sends tried so far in this session. */
  readonly attempts: number;
  /** When the next try is due (epoch ms), after a transient failure. */
  readonly nextAttemptAt?: number;
  /** Why the last try did not land, while the change is still waiting. */
  readonly lastProblem?: Problem;
  readonly failure?: ChangeFailure;
  readonly conflict?: ConflictInfo;
  /** The row as storage confirmed it, once saved (deletes: undefined). */
  readonly saved?: AnyRow;
}

/** A change that is still the outbox's business: neither saved nor failed. */
export function isOpen(change: QueuedChange): boolean {
  return change.state === 'waiting' || change.state === 'sending' || change.state === 'conflict';
}
