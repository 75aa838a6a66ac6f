import type { QueuedChange } from './queued-change';

const LOCAL_ID = /^local:/;

/**
 * A change kept on the device by an earlier version of the app, which addressed an update or a
 * delete by row id: the service serves a row's key as its id, and a row not yet created had the
 * id "local:<key>", so the key is the id without that prefix. Changes already keyed pass as they are.
 */
export function keyedChange(change: QueuedChange): QueuedChange {
  const { operation } = change;
  if (operation.kind === 'create' || typeof operation.input.key === 'string') return change;
  const { id, ...input } = operation.input as typeof operation.input & { id?: unknown };
  if (typeof id !== 'string') return change;
  return { ...change, operation: { ...operation, input: { ...input, key: id.replace(LOCAL_ID, '') } } } as QueuedChange;
}
