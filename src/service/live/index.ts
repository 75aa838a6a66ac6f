export * from './bus';
export { MemoryBus } from './memory-bus';
export { RedisBus, type RedisBusOptions } from './redis-bus';
export * from './events';
export { ManualClock, systemClock, type Clock } from './clock';
export { LiveHub, type StreamEvent, type StreamSink } from './live-hub';
export { DeltaWatcher, DEFAULT_WATCH_INTERVAL_MS, MIN_WATCH_INTERVAL_MS } from './delta-watcher';
export { catchUpFrom, streamPlanEvents } from './sse';
export { PresenceError, readPresence } from './presence';
