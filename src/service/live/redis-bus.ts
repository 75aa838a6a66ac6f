import { randomUUID } from 'node:crypto';
import Redis, { type RedisOptions } from 'ioredis';
import { BACKLOG_PER_PLAN, eventId, parseEventId, type BusEvent, type BusListener, type LiveEvent, type PlanBus, type PublishOptions } from './bus';

export interface RedisBusOptions {
  /** `redis://host:port` (LAPP_REDIS_URL). */
  readonly url: string;
  /** Prefix of every key and channel, so several deployments can share one Redis. */
  readonly prefix?: string;
  readonly backlogSize?: number;
  readonly redisOptions?: RedisOptions;
}

/**
 * Numbers the event, keeps it in the plan's stream and publishes it, in one step so two instances
 * publishing at once can never hand out ids out of order. The epoch is read here too: a Redis
 * that lost its data starts a new one with its counters.
 */
const PUBLISH_DURABLE = `
local epoch = redis.call('GET', KEYS[3])
if not epoch then epoch = ARGV[4]; redis.call('SET', KEYS[3], epoch) end
local n = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[3], n .. '-1', 'e', ARGV[1])
local id = epoch .. '.' .. n
redis.call('PUBLISH', ARGV[2], '{"id":"' .. id .. '",' .. string.sub(ARGV[1], 2))
return id`;

/** Takes the lease when free, renews it when ours. */
const LEASE = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]); return 1 end
return 0`;

type StreamEntry = [id: string, fields: string[]];

function entryEvent(epoch: string, [id, fields]: StreamEntry): BusEvent {
  const n = Number(id.split('-')[0]);
  const event = JSON.parse(fields[1] ?? '{}') as BusEvent;
  return { type: event.type, data: event.data, id: eventId(epoch, n) };
}

/**
 * The bus for several instances: Redis pub/sub carries every event to every instance with a
 * subscriber of the plan, and a capped Redis stream per plan keeps the durable ones for catch-up.
 * One connection publishes and reads; a second one only listens (Redis requires it).
 */
export class RedisBus implements PlanBus {
  private readonly client: Redis;
  private readonly listener: Redis;
  private readonly prefix: string;
  private readonly backlogSize: number;
  private readonly token = randomUUID();
  private readonly listeners = new Map<string, Set<BusListener>>();
  private readonly newEpoch = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

  constructor(options: RedisBusOptions) {
    const redisOptions: RedisOptions = { maxRetriesPerRequest: 2, ...options.redisOptions };
    this.client = new Redis(options.url, redisOptions);
    this.listener = new Redis(options.url, redisOptions);
    this.prefix = options.prefix ?? 'lapp';
    this.backlogSize = options.backlogSize ?? BACKLOG_PER_PLAN;
    this.listener.on('message', (channel: string, message: string) => this.deliver(channel, message));
    // A lost connection is retried by ioredis; errors are reported to the caller of each command.
    this.client.on('error', () => undefined);
    this.listener.on('error', () => undefined);
  }

  async publish(planId: string, event: LiveEvent, options: PublishOptions = {}): Promise<string | undefined> {
    const json = JSON.stringify({ type: event.type, data: event.data });
    if (!options.durable) {
      await this.client.publish(this.channel(planId), json);
      return undefined;
    }
    const id = await this.client.eval(
      PUBLISH_DURABLE,
      3,
      this.key('seq', planId),
      this.key('events', planId),
      `${this.prefix}:epoch`,
      json,
      this.channel(planId),
      String(this.backlogSize),
      this.newEpoch,
    );
    return String(id);
  }

  async subscribe(planId: string, listener: BusListener): Promise<() => Promise<void>> {
    let set = this.listeners.get(planId);
    if (!set) {
      set = new Set();
      this.listeners.set(planId, set);
      await this.listener.subscribe(this.channel(planId));
    }
    set.add(listener);
    const held = set;
    return async () => {
      held.delete(listener);
      if (held.size === 0 && this.listeners.get(planId) === held) {
        this.listeners.delete(planId);
        await this.listener.unsubscribe(this.channel(planId)).catch(() => undefined);
      }
    };
  }

  async since(planId: string, afterId: string): Promise<readonly BusEvent[] | undefined> {
    const after = parseEventId(afterId);
    if (!after) return undefined;
    const results = await this.client
      .multi()
      .get(`${this.prefix}:epoch`)
      .get(this.key('seq', planId))
      .xrange(this.key('events', planId), '-', '+', 'COUNT', 1)
      .xrange(this.key('events', planId), `${after.n + 1}-0`, '+')
      .exec();
    if (!results || results.some(([error]) => error)) throw new Error('Redis did not answer the catch-up read.');
    const [epoch, seq, oldest, newer] = results.map(([, value]) => value) as [string | null, string | null, StreamEntry[], StreamEntry[]];
    const last = Number(seq ?? 0);
    if (epoch !== after.epoch || after.n > last) return undefined;
    const first = oldest.length > 0 ? Number(oldest[0]![0].split('-')[0]) : last + 1;
    if (after.n < first - 1) return undefined;
    return newer.map((entry) => entryEvent(epoch, entry));
  }

  async recent(planId: string): Promise<{ readonly events: readonly BusEvent[]; readonly complete: boolean }> {
    const results = await this.client.multi().get(`${this.prefix}:epoch`).get(this.key('seq', planId)).xrange(this.key('events', planId), '-', '+').exec();
    if (!results || results.some(([error]) => error)) throw new Error('Redis did not answer the catch-up read.');
    const [epoch, seq, entries] = results.map(([, value]) => value) as [string | null, string | null, StreamEntry[]];
    const events = entries.map((entry) => entryEvent(epoch ?? this.newEpoch, entry));
    return { events, complete: events.length === Number(seq ?? 0) };
  }

  async head(planId: string): Promise<string> {
    await this.client.set(`${this.prefix}:epoch`, this.newEpoch, 'NX');
    const [epoch, seq] = await this.client.mget(`${this.prefix}:epoch`, this.key('seq', planId));
    return eventId(epoch ?? this.newEpoch, Number(seq ?? 0));
  }

  async lease(name: string, ttlMs: number): Promise<boolean> {
    const held = await this.client.eval(LEASE, 1, this.key('lease', name), this.token, String(Math.max(1, Math.round(ttlMs))));
    return held === 1;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.allSettled([this.client.quit(), this.listener.quit()]);
  }

  private key(kind: string, name: string): string {
    return `${this.prefix}:${kind}:{${name}}`;
  }

  private channel(planId: string): string {
    return this.key('live', planId);
  }

  private deliver(channel: string, message: string): void {
    const planId = /\{(.*)\}$/.exec(channel)?.[1];
    const set = planId === undefined ? undefined : this.listeners.get(planId);
    if (!set) return;
    let event: BusEvent;
    try {
      event = JSON.parse(message) as BusEvent;
    } catch {
      return;
    }
    for (const listener of [...set]) listener(event);
  }
}
