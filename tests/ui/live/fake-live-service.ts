import type { LiveConnection, NetworkSignals } from '../../../src/lib/live';
import type { PresenceEventData, StreamEventType } from '../../../src/storage/live-events';

/** A stream body the test writes to, read as fetch's `response.body.getReader()` reads. */
class TestStream {
  private readonly queue: Uint8Array[] = [];
  private waiting: ((result: ReadableStreamReadResult<Uint8Array>) => void) | undefined;
  ended = false;

  push(text: string): void {
    const chunk = new TextEncoder().encode(text);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value: chunk });
    } else this.queue.push(chunk);
  }

  end(): void {
    this.ended = true;
    this.waiting?.({ done: true, value: undefined });
    this.waiting = undefined;
  }

  reader() {
    return {
      read: (): Promise<ReadableStreamReadResult<Uint8Array>> => {
        const next = this.queue.shift();
        if (next) return Promise.resolve({ done: false, value: next });
        if (this.ended) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve) => (this.waiting = resolve));
      },
    };
  }
}

/** A presence message a page posted, with the token it sent (who it is, as the service would see it). */
export interface PostedPresence {
  readonly body: Record<string, unknown>;
  readonly keepalive: boolean;
}

/**
 * The plan service's live side as a page sees it through fetch: event streams the test writes
 * events into, and presence posts it can read. Each stream records the `Last-Event-ID` it was
 * opened with, so catching up from a cursor can be checked.
 */
export class FakeLiveService {
  readonly streams: { url: string; lastEventId: string | undefined; stream: TestStream }[] = [];
  readonly presence: PostedPresence[] = [];
  private online = true;
  private readonly listeners = new Set<{ back: () => void; lost: () => void }>();
  private nextId = 1;

  readonly signals: NetworkSignals = {
    isOnline: () => this.online,
    listen: (back, lost) => {
      const entry = { back, lost };
      this.listeners.add(entry);
      return () => this.listeners.delete(entry);
    },
  };

  readonly fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (!this.online) throw new TypeError('Failed to fetch');
    if (/\/presence$/.test(url)) {
      this.presence.push({ body: JSON.parse(String(init?.body)) as Record<string, unknown>, keepalive: init?.keepalive === true });
      return { status: 204, ok: true } as Response;
    }
    const stream = new TestStream();
    const headers = (init?.headers ?? {}) as Record<string, string>;
    this.streams.push({ url, lastEventId: headers['Last-Event-ID'], stream });
    init?.signal?.addEventListener('abort', () => stream.end());
    return { status: 200, ok: true, body: { getReader: () => stream.reader() } } as unknown as Response;
  }) as typeof fetch;

  connection(): LiveConnection {
    return { apiBase: 'https://lapp.test/api/v1', getToken: async () => 'token', fetchImpl: this.fetchImpl, random: () => 1, signals: this.signals };
  }

  /** The stream opened last, the one a page is reading now. */
  private get current(): TestStream {
    const open = this.streams.at(-1);
    if (!open || open.stream.ended) throw new Error('No stream is open');
    return open.stream;
  }

  /** An event on the open stream; durable ones (change, ready) get the next id. */
  send(type: StreamEventType, data: unknown, durable = type !== 'presence'): string | undefined {
    const id = durable ? `e1:${this.nextId++}` : undefined;
    this.current.push(`${id ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    return id;
  }

  ready(): string | undefined {
    return this.send('ready', { planId: 'p' });
  }

  presenceOf(person: Omit<PresenceEventData, 'at'>): void {
    this.send('presence', { ...person, at: new Date().toISOString() });
  }

  /** The connection breaks (the stream ends); `offline` also takes the network away until `backOnline`. */
  drop(offline = false): void {
    if (offline) this.goOffline();
    this.streams.at(-1)?.stream.end();
  }

  /** The device says it lost the network; the open stream itself does not end. */
  goOffline(): void {
    this.online = false;
    for (const each of this.listeners) each.lost();
  }

  backOnline(): void {
    this.online = true;
    for (const each of this.listeners) each.back();
  }
}
