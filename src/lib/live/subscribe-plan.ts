import type { ChangeEventData, MeetingEventData, PresenceEventData } from '../../storage/live-events';
import { SseParser, type SseMessage } from './sse-parser';

/** Where the plan's event stream stands, for the "Live" badge ('offline': the device has no network). */
export type LiveStatus = 'connecting' | 'live' | 'retrying' | 'offline' | 'stopped';

export interface PlanEventHandlers {
  onChange?(data: ChangeEventData): void;
  onPresence?(data: PresenceEventData): void;
  onMeeting?(data: MeetingEventData): void;
  /**
   * Connected and caught up (after every reconnect too). `resync` is true when the service could
   * no longer replay what happened while away: read the plan again.
   */
  onReady?(resync: boolean): void;
  onStatus?(status: LiveStatus): void;
  /** The service refused the stream (403/404): it is not tried again. */
  onDenied?(status: number): void;
}

export interface LiveConnection {
  /** The plan service's API root, e.g. `https://lapp.example/api/v1`. */
  readonly apiBase: string;
  /** A bearer token for the service (asked again before every reconnect, so it is never stale). */
  getToken(): Promise<string | undefined>;
  readonly fetchImpl?: typeof fetch;
  /** Longest wait between reconnects (default 30 s). */
  readonly maxBackoffMs?: number;
  readonly random?: () => number;
  /**
   * Where `online`/`offline` and `visibilitychange` are heard (default: the page's window and
   * document): coming back online or being shown again reconnects at once instead of after the
   * back-off.
   */
  readonly signals?: NetworkSignals;
  /** How long a stream may stay silent before it is taken for dead (default 45 s; the service sends a comment every 20 s). */
  readonly stallMs?: number;
}

export interface NetworkSignals {
  isOnline(): boolean;
  /** Calls `back` when the network returns or the page is shown, `lost` when the network goes; returns a function that stops listening. */
  listen(back: () => void, lost: () => void): () => void;
}

/** The browser's own signals; none outside a browser. */
export function pageSignals(): NetworkSignals {
  const hasWindow = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  return {
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    listen(back, lost) {
      if (!hasWindow) return () => undefined;
      const shown = () => document.visibilityState === 'visible' && back();
      window.addEventListener('online', back);
      window.addEventListener('offline', lost);
      document.addEventListener('visibilitychange', shown);
      return () => {
        window.removeEventListener('online', back);
        window.removeEventListener('offline', lost);
        document.removeEventListener('visibilitychange', shown);
      };
    },
  };
}

export interface SubscribeOptions {
  /**
   * When the plan on screen was read (ms since 1970): the first connection then gets every change
   * since, instead of the plan having to be read again (it gets `resync` if they are not all kept).
   */
  readonly since?: number;
}

export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;
export const STALL_MS = 45_000;

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/**
 * Follows a plan's live events from the plan service: `GET {apiBase}/plans/{planId}/events` read
 * with fetch (EventSource cannot send Authorization), catching up with `Last-Event-ID` after
 * every break, reconnecting with jittered exponential back-off. Returns a function that stops it.
 */
export function subscribePlan(planId: string, handlers: PlanEventHandlers, connection: LiveConnection, options: SubscribeOptions = {}): () => void {
  const fetchImpl = connection.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const maxBackoff = connection.maxBackoffMs ?? MAX_RETRY_MS;
  const random = connection.random ?? Math.random;
  let stopped = false;
  let lastEventId: string | undefined;
  let failures = 0;
  let serverRetryMs = FIRST_RETRY_MS;
  let abort: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stall: ReturnType<typeof setTimeout> | undefined;
  /** A reconnect is waiting for its back-off (no stream open or opening). */
  let waiting = false;
  const signals = connection.signals ?? pageSignals();
  const stallMs = connection.stallMs ?? STALL_MS;

  const status = (next: LiveStatus) => !stopped && handlers.onStatus?.(next);
  // A stream that goes silent (a sleeping laptop, a proxy that dropped it quietly) is ended and tried again.
  const watch = () => {
    clearTimeout(stall);
    stall = setTimeout(() => abort?.abort(), stallMs);
  };

  const handle = (message: SseMessage) => {
    if (message.id !== undefined) lastEventId = message.id;
    const data = parse(message.data);
    if (data === undefined) return;
    switch (message.event) {
      case 'ready':
      case 'resync':
        failures = 0;
        status('live');
        handlers.onReady?.(message.event === 'resync');
        break;
      case 'change':
        handlers.onChange?.(data as ChangeEventData);
        break;
      case 'presence':
        handlers.onPresence?.(data as PresenceEventData);
        break;
      case 'meeting':
        handlers.onMeeting?.(data as MeetingEventData);
        break;
      default:
        break;
    }
  };

  const retryLater = () => {
    clearTimeout(stall);
    if (stopped) return;
    failures += 1;
    status(signals.isOnline() ? 'retrying' : 'offline');
    const ceiling = Math.min(maxBackoff, Math.max(serverRetryMs, FIRST_RETRY_MS * 2 ** (failures - 1)));
    // Full jitter, so the browsers of a whole meeting do not come back at the same moment.
    waiting = true;
    timer = setTimeout(() => void connect(), Math.max(FIRST_RETRY_MS / 4, random() * ceiling));
  };

  const connect = async () => {
    waiting = false;
    clearTimeout(timer);
    if (stopped) return;
    abort = new AbortController();
    watch();
    try {
      const token = await connection.getToken();
      const since = lastEventId === undefined && options.since !== undefined ? `?since=${Math.floor(options.since)}` : '';
      const url = `${connection.apiBase}/plans/${encodeURIComponent(planId)}/events${since}`;
      const response = await fetchImpl(url, {
        headers: {
          Accept: 'text/event-stream',
          ...(token && { Authorization: `Bearer ${token}` }),
          ...(lastEventId !== undefined && { 'Last-Event-ID': lastEventId }),
        },
        cache: 'no-store',
        signal: abort.signal,
      });
      if (response.status === 403 || response.status === 404) {
        stopped = true;
        clearTimeout(stall);
        unlisten();
        handlers.onStatus?.('stopped');
        handlers.onDenied?.(response.status);
        return;
      }
      if (!response.ok || !response.body) throw new Error(`The live stream answered ${response.status}.`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parser = new SseParser(handle, (ms) => (serverRetryMs = ms));
      for (;;) {
        const { done, value } = await reader.read();
        if (done || stopped) break;
        watch();
        parser.push(decoder.decode(value, { stream: true }));
      }
    } catch {
      // A dropped stream, a refused connection or a failed token: all are tried again below.
    }
    retryLater();
  };

  // Back online or shown again: a reconnect waiting for its back-off goes now, catching up from its cursor.
  const unlisten = signals.listen(
    () => {
      if (waiting) void connect();
    },
    () => {
      // No network: the open stream is dead even if the socket has not noticed yet.
      if (waiting) status('offline');
      else abort?.abort();
    },
  );
  status('connecting');
  void connect();
  return () => {
    stopped = true;
    unlisten();
    clearTimeout(timer);
    clearTimeout(stall);
    abort?.abort();
    handlers.onStatus?.('stopped');
  };
}
