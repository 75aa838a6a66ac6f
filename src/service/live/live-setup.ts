import type { SectionId } from '../../plan';
import type { PlanStore } from '../../storage/port';
import type { PlanBus } from './bus';
import type { Clock } from './clock';
import { DEFAULT_WATCH_INTERVAL_MS, DeltaWatcher, MIN_WATCH_INTERVAL_MS } from './delta-watcher';
import { LiveHub } from './live-hub';
import { MemoryBus } from './memory-bus';
import { RedisBus } from './redis-bus';

/**
 * The lists people change in SharePoint itself (its views list open actions, concerns and the
 * like) while others are in a call. The header (sign-off) and the meeting's own row are changed
 * through the app, which announces them.
 */
export const WATCHED_SECTIONS: readonly SectionId[] = ['actions', 'decisions', 'concernsRaised', 'communityUpdates'];

export interface Live {
  readonly hub: LiveHub;
  readonly watcher: DeltaWatcher;
  readonly bus: PlanBus;
  close(): Promise<void>;
}

export interface LiveSetupOptions {
  /** The service's own (app-only) store, for the outside-edits watcher. */
  readonly store: Pick<PlanStore, 'changes'>;
  /** LAPP_REDIS_URL (several instances) and LAPP_WATCH_INTERVAL_SECONDS. */
  readonly env: NodeJS.ProcessEnv;
  readonly bus?: PlanBus;
  readonly clock?: Clock;
  readonly onError?: (error: unknown) => void;
}

/** The watcher's interval from LAPP_WATCH_INTERVAL_SECONDS: whole seconds, 15 or more. */
export function watchIntervalMs(env: NodeJS.ProcessEnv): number {
  const raw = env.LAPP_WATCH_INTERVAL_SECONDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_WATCH_INTERVAL_MS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds * 1000 < MIN_WATCH_INTERVAL_MS) {
    throw new Error(`LAPP_WATCH_INTERVAL_SECONDS must be a whole number of seconds, ${MIN_WATCH_INTERVAL_MS / 1000} or more, not "${raw}".`);
  }
  return seconds * 1000;
}

/** The bus from LAPP_REDIS_URL (`redis://…`, for several instances), else the in-process one. */
export function busFromEnv(env: NodeJS.ProcessEnv): PlanBus {
  const url = env.LAPP_REDIS_URL;
  if (url === undefined || url.trim() === '') return new MemoryBus();
  if (!/^rediss?:\/\/[^\s]+$/.test(url)) throw new Error(`LAPP_REDIS_URL must be a redis:// or rediss:// address, not "${url}".`);
  return new RedisBus({ url, prefix: env.LAPP_REDIS_PREFIX || 'lapp' });
}

/** The service's live side: bus, hub and outside-edits watcher, from the settings. */
export function createLive(options: LiveSetupOptions): Live {
  const bus = options.bus ?? busFromEnv(options.env);
  const hub = new LiveHub({ bus, ...(options.clock && { now: () => options.clock!.now() }) });
  const watcher = new DeltaWatcher({
    store: options.store,
    hub,
    bus,
    sections: WATCHED_SECTIONS,
    intervalMs: watchIntervalMs(options.env),
    ...(options.clock && { clock: options.clock }),
    ...(options.onError && { onError: options.onError }),
  });
  return {
    hub,
    watcher,
    bus,
    close: async () => {
      watcher.stop();
      await bus.close();
    },
  };
}
