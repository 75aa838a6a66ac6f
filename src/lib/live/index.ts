/** Live updates: the plan service's event stream (or, without one, polling the store's changes), applied to a loaded plan. */
export { applyRowChanges } from './apply-changes';
export { HIDDEN_INTERVAL_MS, LIVE_INTERVAL_MS, LivePoller, MAX_BACKOFF_MS } from './live-poller';
export { LiveConnectionProvider, useLiveConnection } from './live-connection';
export { pageSignals, subscribePlan, type LiveConnection, type NetworkSignals, type LiveStatus, type PlanEventHandlers, type SubscribeOptions } from './subscribe-plan';
export { SseParser, type SseMessage } from './sse-parser';
export { useLiveChanges, useLivePlan, type LiveChangesOptions, type LivePlan } from './use-live-changes';
export { LivePresenceProvider, usePeopleHere, usePresenceSender, type LivePresenceProps } from './live-presence';
export { notePresence, presentPeople, PRESENCE_HEARTBEAT_MS, PRESENCE_TTL_MS, TYPING_TTL_MS, type PresenceBook, type SeenPresence } from './presence-book';
export { PresenceSender, servicePresencePost, typingActivity, TYPING_IDLE_MS, type PostPresence, type PresenceState, type TypingActivity } from './presence-sender';
export { FollowPlan } from './follow-plan';
