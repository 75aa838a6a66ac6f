import { STALL_MS } from '../../../src/lib/live/subscribe-plan';
import { subscribePlan, type LiveStatus } from '../../../src/lib/live';
import type { ChangeEventData } from '../../../src/storage/live-events';
import { FakeLiveService } from './fake-live-service';

/** Lets the stream's promise chain (token, fetch, reads) run. */
const settle = () => jest.advanceTimersByTimeAsync(0);

function follow(service: FakeLiveService) {
  const seen = { statuses: [] as LiveStatus[], changes: [] as ChangeEventData[], ready: [] as boolean[] };
  const stop = subscribePlan(
    'kestrel',
    { onStatus: (s) => seen.statuses.push(s), onChange: (c) => seen.changes.push(c), onReady: (r) => seen.ready.push(r) },
    service.connection(),
  );
  return { seen, stop, status: () => seen.statuses.at(-1) };
}

const change = (n: number) => ({ changes: [], by: { email: 'a@x.example', displayName: `A${n}` }, at: new Date().toISOString() });

describe('following a plan when the network comes and goes', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says "offline" while the device has no network, and reconnects the moment it is back, catching up from its cursor', async () => {
    const service = new FakeLiveService();
    const live = follow(service);
    await settle();
    service.ready();
    const last = service.send('change', change(1));
    await settle();
    expect(live.status()).toBe('live');

    service.drop(true);
    await settle();
    expect(live.status()).toBe('offline');
    // Tries while offline fail without a stream, and the back-off grows: nothing is opened.
    await jest.advanceTimersByTimeAsync(20_000);
    expect(service.streams).toHaveLength(1);
    expect(live.status()).toBe('offline');

    service.backOnline();
    await settle();
    expect(service.streams).toHaveLength(2);
    expect(service.streams[1]!.lastEventId).toBe(last);
    service.ready();
    service.send('change', change(2));
    await settle();
    expect(live.status()).toBe('live');
    expect(live.seen.changes.map((c) => c.by.displayName)).toEqual(['A1', 'A2']);
    // Caught up by replay: the plan is not read again.
    expect(live.seen.ready).toEqual([false, false]);
    live.stop();
  });

  it('ends the open stream when the device says the network went, rather than waiting to notice', async () => {
    const service = new FakeLiveService();
    const live = follow(service);
    await settle();
    const readyId = service.ready();
    await settle();
    service.goOffline();
    await settle();
    expect(service.streams[0]!.stream.ended).toBe(true);
    expect(live.status()).toBe('offline');
    service.backOnline();
    await settle();
    expect(service.streams[1]!.lastEventId).toBe(readyId);
    live.stop();
  });

  it('takes a stream that goes silent for dead and opens another from where it was', async () => {
    const service = new FakeLiveService();
    const live = follow(service);
    await settle();
    const readyId = service.ready();
    await settle();
    // Heartbeats keep a quiet stream alive: a comment counts.
    await jest.advanceTimersByTimeAsync(STALL_MS - 1000);
    service.streams[0]!.stream.push(': keep-alive\n\n');
    await jest.advanceTimersByTimeAsync(STALL_MS - 1000);
    expect(service.streams).toHaveLength(1);

    await jest.advanceTimersByTimeAsync(2000);
    expect(live.status()).toBe('retrying');
    await jest.advanceTimersByTimeAsync(1000);
    expect(service.streams).toHaveLength(2);
    expect(service.streams[1]!.lastEventId).toBe(readyId);
    live.stop();
  });

  it('stops listening for the network once stopped', async () => {
    const service = new FakeLiveService();
    const live = follow(service);
    await settle();
    live.stop();
    service.drop(true);
    service.backOnline();
    await settle();
    expect(service.streams).toHaveLength(1);
    expect(live.status()).toBe('stopped');
  });
});
