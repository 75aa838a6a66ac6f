/**
 * Which changes must wait for which. Every change belongs to the "lane" of the row it writes; it
 * may go only once every earlier open change in that lane is done. Independent rows therefore go
 * in parallel while one row's changes keep their order (an update waits for its row's create).
 */
import { isOpen, type ChangeOperation, type QueuedChange } from './queued-change';

/** The lane of the row a change writes: its section and client key, the same before and after its create lands. */
export function laneOf(operation: ChangeOperation): string {
  return `${operation.input.section}:${operation.input.key}`;
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
