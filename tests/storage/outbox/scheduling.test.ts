import { readyToSend } from '../../../src/storage/outbox/lanes';
import { DEFAULT_OUTBOX_RETRY, retryDelayMs } from '../../../src/storage/outbox/outcome';
import type { ChangeOperation, ChangeState, QueuedChange } from '../../../src/storage/outbox/queued-change';
import { checked, checkedChanges } from '../../support/checked-values';

let seq = 0;
function queued(operation: ChangeOperation, state: ChangeState = 'waiting'): QueuedChange {
  seq++;
  return { id: `c${seq}`, seq, queuedAt: '2031-03-01T10:00:00.000Z', operation, state, attempts: 0 };
}
const create = (key: string): ChangeOperation => ({
  kind: 'create',
  input: { section: 'actions', planId: 'kestrel-vale', key, values: checked('actions', { ActionTitle: key, Status: 'Open' })},
});
const update = (key: string): ChangeOperation => ({ kind: 'update', input: { section: 'actions', planId: 'kestrel-vale', key, changes: checkedChanges('actions', { Status: 'Done' })} });

describe('which changes may go now', () => {
  it('lets independent rows go together but holds a row’s later changes behind its first', () => {
    const changes = [queued(create('a')), queued(update('a')), queued(update('17')), queued(update('17'))];
    expect(readyToSend(changes).map((c) => c.id)).toEqual([changes[0]!.id, changes[2]!.id]);
  });

  it('holds a row’s changes behind one waiting for a person to settle a conflict', () => {
    const changes = [queued(update('17'), 'conflict'), queued(update('17'))];
    expect(readyToSend(changes)).toEqual([]);
  });

  it('does not hold a row’s changes behind one that failed for good', () => {
    const changes = [queued(update('17'), 'failed'), queued(update('17'))];
    expect(readyToSend(changes)).toEqual([changes[1]]);
  });

  it('keeps the same section and key in one lane but other sections apart', () => {
    const decision: ChangeOperation = { kind: 'update', input: { section: 'decisions', planId: 'kestrel-vale', key: '17', changes: checkedChanges('decisions', { DecisionText: 'Agreed' })} };
    const changes = [queued(update('17'), 'sending'), queued(decision)];
    expect(readyToSend(changes)).toEqual([changes[1]]);
  });
});

describe('how long to wait before trying again', () => {
  it('never waits less than the Retry-After SharePoint asked for', () => {
    expect(retryDelayMs(1, 5000, DEFAULT_OUTBOX_RETRY, () => 0)).toBe(5000);
    expect(retryDelayMs(1, 5000, DEFAULT_OUTBOX_RETRY, () => 0.999)).toBeGreaterThan(5000);
  });

  it('doubles the jittered ceiling with each try, up to the maximum', () => {
    const top = (attempt: number) => retryDelayMs(attempt, 0, DEFAULT_OUTBOX_RETRY, () => 0.9999);
    expect(top(1)).toBe(1999);
    expect(top(2)).toBe(3999);
    expect(top(20)).toBe(59_994);
    expect(retryDelayMs(3, 0, DEFAULT_OUTBOX_RETRY, () => 0.5)).toBe(4000);
  });
});
