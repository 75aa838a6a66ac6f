import type { AnyRow } from '../../plan';
import { laterInLane } from './lanes';
import type { ChangeOperation, QueuedChange } from './queued-change';

function rebased(operation: ChangeOperation, saved: ChangeOperation, row: AnyRow): ChangeOperation | undefined {
  if (operation.kind === 'create') return undefined;
  if (saved.kind === 'create') {
    // Queued behind the create, before the row had a version: now it has one.
    return { ...operation, input: { ...operation.input, etag: operation.input.etag ?? row.etag } } as ChangeOperation;
  }
  if (saved.kind === 'update' && saved.input.etag !== undefined && operation.input.etag === saved.input.etag) {
    // Made on the same version as the change that just landed: this device's own next edit,
    // which builds on that change rather than competing with it.
    return { ...operation, input: { ...operation.input, etag: row.etag } } as ChangeOperation;
  }
  return undefined;
}

/**
 * The later waiting changes of a row, rewritten to build on what storage just confirmed: the
 * row's first ETag once its create lands, the new ETag once an update lands.
 */
export function rebaseAfterSave(changesInOrder: Iterable<QueuedChange>, saved: QueuedChange, row: AnyRow | undefined): QueuedChange[] {
  if (!row || saved.operation.kind === 'delete') return [];
  const out: QueuedChange[] = [];
  for (const later of laterInLane(changesInOrder, saved)) {
    if (later.state !== 'waiting') continue;
    const operation = rebased(later.operation, saved.operation, row);
    if (operation) out.push({ ...later, operation });
  }
  return out;
}
