import type { AnyRow } from '../../../src/plan';
import type { ChangeBatch, RowChange } from '../../../src/storage/port';
import { DeltaWatcher, findRowWithOpenHeaders, LiveHub, ManualClock, MemoryBus, type StreamEvent } from '../../../src/service/live';

const ava = { email: 'ava.lindqvist@census.example', displayName: 'Ava Lindqvist' };

function decision(planId: string, id: string, version = 1): RowChange {
  const row = { section: 'decisions', planId, key: `${planId}/d-${id}`, id, etag: `"{0000},${version}"`, modified: '', values: { Decision: `Decision ${id}` } };
  return { kind: 'upsert', row: row as unknown as AnyRow };
}

function reader() {
  const events: StreamEvent[] = [];
  return { events, sink: (event: StreamEvent) => events.push(event), changes: () => events.filter((e) => e.type === 'change') };
}

describe('live hub', () => {
  it('passes a write to every reader of the plan at once, and to nobody reading another plan', async () => {
    const hub = new LiveHub({ bus: new MemoryBus() });
    const cem = reader();
    const aclm = reader();
    const otherCouncil = reader();
    await hub.open('kestrel', undefined, cem.sink);
    await hub.open('kestrel', undefined, aclm.sink);
    await hub.open('fenmouth', undefined, otherCouncil.sink);
    await hub.publishChanges('kestrel', [decision('kestrel', '7')], ava);
    for (const each of [cem, aclm]) {
      expect(each.events[0]!.type).toBe('ready');
      expect(each.changes()).toHaveLength(1);
      expect(each.changes()[0]!.data).toMatchObject({ by: ava, changes: [decision('kestrel', '7')] });
    }
    expect(otherCouncil.changes()).toEqual([]);
  });

  it('names who wrote a row the service wrote, as SharePoint\'s answer to a write does not', async () => {
    const hub = new LiveHub({ bus: new MemoryBus() });
    const aclm = reader();
    await hub.open('kestrel', undefined, aclm.sink);
    const { row } = decision('kestrel', '8') as Extract<RowChange, { kind: 'upsert' }>;
    await hub.written('kestrel', row, ava);
    await hub.written('kestrel', { ...row, etag: '"{0000},2"', modifiedBy: 'Priya Raman' }, ava);
    const rows = aclm.changes().map((e) => (e.data as { changes: { row: AnyRow }[] }).changes[0]!.row);
    expect(rows.map((r) => r.modifiedBy)).toEqual(['Ava Lindqvist', 'Priya Raman']);
  });

  it('catches a reconnecting reader up from its last event id, each change once and in order', async () => {
    const hub = new LiveHub({ bus: new MemoryBus() });
    const first = reader();
    const stream = await hub.open('kestrel', undefined, first.sink);
    await hub.publishChanges('kestrel', [decision('kestrel', '1')], ava);
    const lastSeen = first.events[first.events.length - 1]!.id!;
    await stream.close();
    await hub.publishChanges('kestrel', [decision('kestrel', '2')], ava);
    await hub.publishChanges('kestrel', [decision('kestrel', '3')], ava);
    const again = reader();
    await hub.open('kestrel', lastSeen, again.sink);
    await hub.publishChanges('kestrel', [decision('kestrel', '4')], ava);
    const ids = again.changes().map((e) => ((e.data as { changes: { row: { id: string } }[] }).changes[0]!.row.id));
    expect(ids).toEqual(['2', '3', '4']);
    expect(new Set(again.events.map((e) => e.id)).size).toBe(again.events.length);
  });

  it('tells a reader whose id can no longer be caught up from (a restarted service) to read the plan again', async () => {
    const before = new LiveHub({ bus: new MemoryBus() });
    const seen = reader();
    await before.open('kestrel', undefined, seen.sink);
    await before.publishChanges('kestrel', [decision('kestrel', '1')], ava);
    const restarted = new LiveHub({ bus: new MemoryBus() });
    const after = reader();
    await restarted.open('kestrel', seen.events[seen.events.length - 1]!.id, after.sink);
    expect(after.events[0]!.type).toBe('resync');
    expect(after.events[0]!.id).toBeDefined();
  });

  it('gives a first connection what was written since its plan was read, instead of a second plan read', async () => {
    let now = Date.parse('2031-01-15T10:00:00Z');
    const hub = new LiveHub({ bus: new MemoryBus(), now: () => now });
    await hub.publishChanges('kestrel', [decision('kestrel', 'long-ago')], ava);
    now += 60 * 60_000;
    const planReadAt = now;
    now += 2_000;
    await hub.publishChanges('kestrel', [decision('kestrel', 'after-the-read')], ava);
    const joining = reader();
    await hub.open('kestrel', undefined, joining.sink, planReadAt);
    await hub.publishChanges('kestrel', [decision('kestrel', 'live')], ava);
    const ids = joining.changes().map((e) => (e.data as { changes: { row: { id: string } }[] }).changes[0]!.row.id);
    expect(joining.events[0]!.type).toBe('ready');
    expect(ids).toEqual(['after-the-read', 'live']);
  });

  it('asks a first connection to read the plan again when what is kept does not reach back to its read', async () => {
    let now = Date.parse('2031-01-15T10:00:00Z');
    const hub = new LiveHub({ bus: new MemoryBus(2), now: () => now });
    const planReadAt = now;
    for (let i = 0; i < 5; i += 1) {
      now += 60_000;
      await hub.publishChanges('kestrel', [decision('kestrel', String(i))], ava);
    }
    const joining = reader();
    await hub.open('kestrel', undefined, joining.sink, planReadAt);
    expect(joining.events.map((e) => e.type)).toEqual(['resync']);
  });

  it('passes presence and the meeting pointer on without keeping them for catch-up', async () => {
    const hub = new LiveHub({ bus: new MemoryBus() });
    const watching = reader();
    await hub.open('kestrel', undefined, watching.sink);
    const start = watching.events[0]!.id;
    await hub.publishPresence('kestrel', { ...ava, meetingId: 'm1', itemId: 'i2', activity: 'typing-decision', at: '2031-01-01T10:00:00.000Z' });
    await hub.publishMeeting('kestrel', { meetingId: 'm1', currentItemId: 'i3', by: ava });
    expect(watching.events.slice(1).map((e) => [e.type, e.id])).toEqual([
      ['presence', undefined],
      ['meeting', undefined],
    ]);
    const later = reader();
    await hub.open('kestrel', start, later.sink);
    expect(later.events.map((e) => e.type)).toEqual(['ready']);
  });
});

describe('outside-edits watcher', () => {
  function countingStore(answers: RowChange[][]) {
    const calls: (string | undefined)[] = [];
    return {
      calls,
      changes: async (_sections: unknown, cursor?: string): Promise<ChangeBatch> => {
        calls.push(cursor);
        return { changes: cursor === undefined ? [] : (answers.shift() ?? []), cursor: `c${calls.length}` };
      },
    };
  }

  it('reads once per interval for all open plans and all their readers, never faster than 15 s, and stops when nobody has a plan open', async () => {
    const clock = new ManualClock();
    const bus = new MemoryBus();
    const hub = new LiveHub({ bus, now: () => clock.now() });
    const store = countingStore([]);
    const watcher = new DeltaWatcher({ store, hub, bus, sections: ['decisions'], intervalMs: 1000, clock });
    await clock.advance(60_000);
    expect(store.calls).toHaveLength(0);
    const streams = await Promise.all(['kestrel', 'kestrel', 'fenmouth', 'fenmouth'].map((plan) => hub.open(plan, undefined, () => undefined)));
    expect(watcher.watching).toBe(true);
    await clock.advance(60_000);
    // 15 s is the least interval, whatever was asked: 4 reads a minute for 4 readers of 2 plans.
    expect(store.calls).toHaveLength(4);
    await Promise.all(streams.map((s) => s.close()));
    expect(watcher.watching).toBe(false);
    await clock.advance(60_000);
    expect(store.calls).toHaveLength(4);
  });

  it('announces edits made outside the app to the plan readers (rows by key), but not the service’s own writes', async () => {
    const clock = new ManualClock();
    const bus = new MemoryBus();
    const hub = new LiveHub({ bus, now: () => clock.now() });
    const ours = decision('kestrel', '1', 2);
    const outside = decision('kestrel', '2', 5);
    const ourDeletion: RowChange = { kind: 'delete', section: 'decisions', id: '8' };
    const store = countingStore([[ours, outside, ourDeletion, decision('fenmouth', '3')], [{ kind: 'delete', section: 'decisions', id: '9' }]]);
    new DeltaWatcher({ store, hub, bus, sections: ['decisions'], intervalMs: 15_000, clock });
    const seen = reader();
    await hub.open('kestrel', undefined, seen.sink);
    const ourRow = (ours as { row: AnyRow }).row;
    await hub.written('kestrel', ourRow, ava);
    await hub.deleted('kestrel', { ...ourRow, id: '8', key: 'kestrel/d-8' }, ava);
    await clock.advance(30_000);
    const received = seen.changes().flatMap((e) => (e.data as { changes: RowChange[] }).changes);
    const served = (change: RowChange) => ({ kind: 'upsert', row: { ...(change as { row: AnyRow }).row, id: (change as { row: AnyRow }).row.key } });
    expect(received).toEqual([{ kind: 'upsert', row: { ...served(ours).row, modifiedBy: ava.displayName } }, { kind: 'delete', section: 'decisions', id: 'kestrel/d-8' }, served(outside)]);
    expect(seen.events.some((e) => e.type === 'resync')).toBe(false);
    // A row removed in SharePoint itself: delta names only its item id, so the plan is read again.
    await clock.advance(15_000);
    expect(seen.events[seen.events.length - 1]!.type).toBe('resync');
  });
});

describe('headers of open plans', () => {
  const header = (etag: string, aclm: string) =>
    ({ section: 'plan', planId: 'kestrel', key: 'kestrel', id: '41', etag, modified: '', values: { Aclm: aclm } }) as unknown as AnyRow;

  it('answers rights checks from the header while the plan is open, and reads again after anyone else changes it', async () => {
    const bus = new MemoryBus();
    const hub = new LiveHub({ bus });
    const otherInstance = new LiveHub({ bus });
    let reads = 0;
    let stored = header('"{1},1"', 'First ACLM <a@kestrel.example>');
    const findRow = findRowWithOpenHeaders(hub.headers, async () => {
      reads += 1;
      return stored;
    });
    await findRow('plan', 'kestrel');
    await findRow('plan', 'kestrel');
    expect(reads).toBe(2); // nobody has the plan open: nothing is kept
    const stream = await hub.open('kestrel', undefined, () => undefined);
    await findRow('plan', 'kestrel');
    await findRow('plan', 'kestrel');
    expect(reads).toBe(3);
    // This instance's own write is the header from now on.
    const signed = header('"{1},2"', 'First ACLM <a@kestrel.example>');
    await hub.written('kestrel', signed, ava);
    expect(await findRow('plan', 'kestrel')).toBe(signed);
    expect(reads).toBe(3);
    // Another instance changes the ACLM: the next check reads SharePoint again.
    stored = header('"{1},3"', 'New ACLM <b@kestrel.example>');
    await otherInstance.written('kestrel', stored, ava);
    expect((await findRow('plan', 'kestrel'))!.values).toEqual({ Aclm: 'New ACLM <b@kestrel.example>' });
    expect(reads).toBe(4);
    await stream.close();
    await findRow('plan', 'kestrel');
    expect(reads).toBe(5);
  });
});
