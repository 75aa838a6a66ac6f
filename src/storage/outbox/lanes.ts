/**
 * Which changes must wait for which. Every change belongs to the "lane" of the row it writes; it
 * may go only once every earlier open change in that lane is done. Independent rows therefore go
 * in parallel while one row's changes keep their order (an update waits for its row's create).
 */
import { isOpen, type ChangeOperation, type QueuedChange } from './queued-change';

const LOCAL_PREFIX = 'local:';

/**
 * The id a row has before storage gave it one: usable in updates and deletes queued behind its
 * create, and swapped for the real id when the create lands.
 */
export function localRowId(key: string): string {
  return `${LOCAL_PREFIX}${key}`;
}

/** Whether an id is a local one, given before the row's create landed. */
export function isLocalRowId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}

/** The lane of the row a change writes. */
export function laneOf(operation: ChangeOperation): string {
  const id = operation.kind === 'create' ? localRowId(operation.input.key) : operation.input.id;
  return `${operation.input.section}:${id}`;
}

/** The open changes queued after `change` for the same row. */
export function laterInLane(changesInOrder: Iterable<QueuedChange>, change: QueuedChange): QueuedChange[] {
  const lane = laneOf(change.operation);
  return [...changesInOrder].filter((c) => c.seq > change.seq && c.id !== change.id && isOpen(c) && laneOf(c.operation) === lane);
}

/**
 * The waiting changes that may be sent now, in queue order: those with no earlier open change
 * in their lane. One pass, so a long queue stays cheap to schedule.
 */
export function readyToSend(changesInOrder: Iterable<QueuedChange>): QueuedChange[] {
  const busy = new Set<string>();
  const ready: QueuedChange[] = [];
  for (const change of changesInOrder) {
    if (!isOpen(change)) continue;
    const lane = laneOf(change.operation);
    if (change.state === 'waiting' && !busy.has(lane)) ready.push(change);
    busy.add(lane);
  }
  return ready;
}
