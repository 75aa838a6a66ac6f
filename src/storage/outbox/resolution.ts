import type { AnyRow, ValidatedValues } from '../../plan';
import type { ChangeOperation } from './queued-change';

/**
 * The change to send again once a person chose "mine" or merged values: the same row, now based
 * on the version they were shown, so it lands unless the row changes yet again.
 */
export function resendAfterConflict(
  operation: ChangeOperation,
  choice: 'mine' | ValidatedValues,
  theirs: AnyRow | null,
): ChangeOperation {
  const etag = theirs?.etag;
  switch (operation.kind) {
    case 'update':
      return { kind: 'update', input: { ...operation.input, etag, changes: choice === 'mine' ? operation.input.changes : choice } };
    case 'delete':
      if (choice !== 'mine') throw new RangeError('A delete can only be confirmed ("mine") or dropped ("theirs"), not merged.');
      return { kind: 'delete', input: { ...operation.input, etag } };
    case 'create':
      throw new RangeError('A new row cannot be in conflict: its client key makes every retry the same row.');
  }
}
