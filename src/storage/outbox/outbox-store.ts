import { overValidated, type AnyRow } from '../../plan';
import { StorageError } from '../errors';
import type { PlanStore } from '../port';
import { OutboxEngine } from './outbox-engine';
import type { OutboxQueue } from './outbox-queue';
import { uncontested } from './field-diff';
import { DEFAULT_OUTBOX_RETRY, type OutboxRetryPolicy } from './outcome';
import type { QueuedChange, Resolution } from './queued-change';

/** Something that says when the network is back: the browser window, or a test's EventTarget. */
export type ConnectivityEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface OutboxOptions {
  /** Changes on the wire at once (independent rows only; one row's changes go one by one). Default 4. */
  readonly maxConcurrent?: number;
  readonly retry?: Partial<OutboxRetryPolicy>;
  /** Where 'online' events come from: the browser window by default, nothing in Node; null for none. */
  readonly connectivity?: ConnectivityEvents | null;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Change ids and missing client keys. Default crypto.randomUUID. */
  readonly newId?: () => string;
}

/** What the outbox adds to a store: the queue's state for the UI, and conflict resolution. */
export interface OutboxControls {
  /** Resolves once the changes kept from an earlier visit are loaded (and being sent again). */
  ready(): Promise<void>;
  /** Changes not yet saved (waiting, sending, in conflict) and failed ones, in queue order. */
  pending(): readonly QueuedChange[];
  /** How many changes are waiting or being sent. */
  waitingCount(): number;
  /** Called with a change each time its state moves, including its final `saved`. */
  subscribe(listener: (change: QueuedChange) => void): () => void;
  /** Sends everything now (Retry-After still holds); resolves once nothing is waiting. */
  flush(): Promise<void>;
  /** Keeps theirs (drops the change), or sends mine or merged values on top of theirs. */
  resolve(changeId: string, choice: Resolution): Promise<AnyRow | null>;
  /** Drops a waiting, failed or conflicting change. */
  discard(changeId: string): Promise<void>;
  /** Stops sending and lets go of the queue (what is kept stays kept for the next outbox). */
  stop(): void;
}

/** A PlanStore whose writes go through a durable outbox. */
export type OutboxStore = PlanStore & OutboxControls;

function browserWindow(): ConnectivityEvents | null {
  return typeof window === 'undefined' ? null : window;
}

function confirmedRow(row: AnyRow | undefined): AnyRow {
  if (!row) throw new StorageError(502, 'noRow', 'SharePoint confirmed the change without returning the row.');
  return row;
}

/**
 * Wraps a store so that every row write is first kept in `queue`, then sent in order per row,
 * retried while the network or SharePoint is away, and only reported saved once storage
 * confirmed it. Reads and plan creation (a set-up step, done online) go straight through.
 * Values come validated from where they were built (`ValidatedValues`), so nothing invalid is
 * queued to fail later, and the outbox does not check them again.
 */
export function createOutboxStore(inner: PlanStore, queue: OutboxQueue, options: OutboxOptions = {}): OutboxStore {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const maxConcurrent = options.maxConcurrent ?? 4;
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
    throw new RangeError(`maxConcurrent must be a whole number of at least 1, not ${maxConcurrent}.`);
  }
  const engine = new OutboxEngine(inner, queue, {
    maxConcurrent,
    retry: { ...DEFAULT_OUTBOX_RETRY, ...options.retry },
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    newId,
  });
  const connectivity = options.connectivity === undefined ? browserWindow() : options.connectivity;
  const onOnline = () => engine.retryNow();
  connectivity?.addEventListener('online', onOnline);

  return {
    whoAmI: () => inner.whoAmI(),
    provision: (onStep) => inner.provision(onStep),
    listPlans: () => inner.listPlans(),
    loadPlan: (planId) => inner.loadPlan(planId),
    createPlan: (input) => inner.createPlan(input),
    changes: (sections, cursor) => inner.changes(sections, cursor),

    async createRow(input) {
      const key = input.key.trim() === '' ? newId() : input.key;
      return confirmedRow(await engine.enqueue({ kind: 'create', input: { ...input, key } }));
    },
    async updateRow(input) {
      return confirmedRow(await engine.enqueue({ kind: 'update', input }));
    },
    async deleteRow(input) {
      await engine.enqueue({ kind: 'delete', input });
    },

    ready: () => engine.loaded,
    pending: () => engine.pending(),
    waitingCount: () => engine.pending().filter((c) => c.state === 'waiting' || c.state === 'sending').length,
    subscribe: (listener) => engine.subscribe(listener),
    flush: () => engine.flush(),
    async resolve(changeId, choice) {
      const change = engine.pending().find((c) => c.id === changeId);
      if (!change?.conflict || choice === 'mine') return engine.resolve(changeId, choice);
      // The fields nobody else touched land whichever version of the contested ones is kept.
      const kept = uncontested(change.operation, change.conflict);
      const merged = choice === 'theirs' ? kept : overValidated(kept, choice);
      if (Object.keys(merged).length === 0) return engine.resolve(changeId, 'theirs');
      return engine.resolve(changeId, merged);
    },
    discard: (changeId) => engine.discard(changeId),
    stop() {
      engine.stop();
      connectivity?.removeEventListener('online', onOnline);
      queue.close();
    },
  };
}
