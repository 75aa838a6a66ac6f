import { MemoryBus, RedisBus, type BusEvent, type PlanBus } from '../../../src/service/live';
import { startRedis, type TestRedis } from '../../support/redis-server';

const change = (n: number) => ({ type: 'change' as const, data: { n } });

function collect(): { events: BusEvent[]; listener: (event: BusEvent) => void } {
  const events: BusEvent[] = [];
  return { events, listener: (event) => events.push(event) };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The same behaviour from both buses; `pair` gives two instances sharing one bus. */
function busContract(name: string, pair: (backlog?: number) => Promise<[PlanBus, PlanBus]>): void {
  describe(name, () => {
    let buses: PlanBus[] = [];
    const make = async (backlog?: number) => {
      const made = await pair(backlog);
      buses.push(...made);
      return made;
    };
    afterEach(async () => {
      await Promise.all(buses.map((bus) => bus.close()));
      buses = [];
    });

    it('carries an event to every subscriber of the plan, and only of that plan', async () => {
      const [a, b] = await make();
      const onB = collect();
      const other = collect();
      await b.subscribe('plan-1', onB.listener);
      await b.subscribe('plan-2', other.listener);
      await a.publish('plan-1', { type: 'presence', data: { email: 'ava@census.example' } });
      await until(() => onB.events.length === 1, 'the presence event');
      expect(onB.events[0]).toEqual({ type: 'presence', data: { email: 'ava@census.example' } });
      expect(onB.events[0]!.id).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(other.events).toEqual([]);
    });

    it('numbers durable events in order across instances and replays what came after an id', async () => {
      const [a, b] = await make();
      const seen = collect();
      await b.subscribe('plan-1', seen.listener);
      const start = await b.head('plan-1');
      const ids: string[] = [];
      for (let n = 1; n <= 4; n += 1) ids.push((await (n % 2 ? a : b).publish('plan-1', change(n), { durable: true }))!);
      expect(new Set(ids).size).toBe(4);
      await until(() => seen.events.length === 4, 'four changes');
      expect(seen.events.map((e) => e.id)).toEqual(ids);
      expect((await a.since('plan-1', start))!.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
      expect((await b.since('plan-1', ids[1]!))!.map((e) => [e.id, e.data])).toEqual([
        [ids[2], { n: 3 }],
        [ids[3], { n: 4 }],
      ]);
      expect(await a.since('plan-1', ids[3]!)).toEqual([]);
      expect(await a.head('plan-1')).toBe(ids[3]);
      // Presence is passed on but never kept.
      await a.publish('plan-1', { type: 'presence', data: {} });
      expect(await a.since('plan-1', ids[3]!)).toEqual([]);
    });

    it('says catch-up is impossible for an unknown, future or trimmed id instead of skipping events', async () => {
      const [a] = await make(3);
      const start = await a.head('plan-1');
      for (let n = 1; n <= 10; n += 1) await a.publish('plan-1', change(n), { durable: true });
      expect(await a.since('plan-1', start)).toBeUndefined();
      expect(await a.since('plan-1', 'nonsense')).toBeUndefined();
      expect(await a.since('plan-1', 'zzzz.3')).toBeUndefined();
      const head = await a.head('plan-1');
      const future = head.replace(/\.\d+$/, '.99');
      expect(await a.since('plan-1', future)).toBeUndefined();
      const recent = head.replace(/\.\d+$/, '.8');
      expect((await a.since('plan-1', recent))!.map((e) => e.data)).toEqual([{ n: 9 }, { n: 10 }]);
    });

    it('stops delivering after unsubscribing', async () => {
      const [a, b] = await make();
      const seen = collect();
      const unsubscribe = await b.subscribe('plan-1', seen.listener);
      await a.publish('plan-1', change(1), { durable: true });
      await until(() => seen.events.length === 1, 'the first change');
      await unsubscribe();
      await a.publish('plan-1', change(2), { durable: true });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(seen.events).toHaveLength(1);
    });
  });
}

busContract('in-process bus', async (backlog) => {
  const bus = new MemoryBus(backlog);
  return [bus, bus];
});

describe('Redis', () => {
  let redis: TestRedis;
  let prefixCounter = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  busContract('Redis bus', async (backlogSize) => {
    const prefix = `test${(prefixCounter += 1)}`;
    return [new RedisBus({ url: redis.url, prefix, backlogSize }), new RedisBus({ url: redis.url, prefix, backlogSize })];
  });

  it('gives a lease to one instance at a time until it lapses', async () => {
    const a = new RedisBus({ url: redis.url, prefix: 'lease' });
    const b = new RedisBus({ url: redis.url, prefix: 'lease' });
    try {
      expect(await a.lease('watcher', 150)).toBe(true);
      expect(await b.lease('watcher', 150)).toBe(false);
      expect(await a.lease('watcher', 150)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await b.lease('watcher', 150)).toBe(true);
      expect(await a.lease('watcher', 150)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
