/** Live updates during a meeting: polling the store's changes and applying them to a loaded plan. */
export { applyRowChanges } from './apply-changes';
export { HIDDEN_INTERVAL_MS, LIVE_INTERVAL_MS, LivePoller, MAX_BACKOFF_MS, type LiveStatus } from './live-poller';
export { useLiveChanges, type LiveChangesOptions } from './use-live-changes';
