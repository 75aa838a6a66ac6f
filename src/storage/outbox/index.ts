export { createOutboxStore, type ConnectivityEvents, type OutboxControls, type OutboxOptions, type OutboxStore } from './outbox-store';
export type { OutboxQueue } from './outbox-queue';
export { createMemoryQueue } from './memory-queue';
export { createIndexedDbQueue } from './indexeddb-queue';
export { ChangeNotSavedError } from './change-not-saved-error';
export { DEFAULT_OUTBOX_RETRY, type OutboxRetryPolicy } from './outcome';
export type {
  ChangeFailure,
  ChangeOperation,
  ChangeState,
  ConflictInfo,
  FieldDiff,
  QueuedChange,
  Resolution,
} from './queued-change';
