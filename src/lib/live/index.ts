/** Live updates: the plan service's event stream (or, without one, polling the store's changes), applied to a loaded plan. */
export { applyRowChanges } from './apply-changes';
export { HIDDEN_INTERVAL_MS, LIVE_INTERVAL_MS, LivePoller, MAX_BACKOFF_MS } from './live-poller';
export { LiveConnectionProvider, useLiveConnection } from './live-connection';
export { subscribePlan, type LiveConnection, type LiveStatus, type PlanEventHandlers, type SubscribeOptions } from './subscribe-plan';
export { SseParser, type SseMessage } from './sse-parser';
export { useLiveChanges, type LiveChangesOptions } from './use-live-changes';
