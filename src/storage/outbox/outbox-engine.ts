import type { AnyRow } from '../../plan';
import { problemOf } from '../errors';
import type { PlanStore } from '../port';
import { ChangeFeed } from './change-feed';
import { ChangeNotSavedError } from './change-not-saved-error';
import { keyedChange } from './earlier-changes';
import { laneOf, laterInLane, readyToSend } from './lanes';
import { outcomeOf, type OutboxRetryPolicy } from './outcome';
import type { OutboxQueue } from './outbox-queue';
import type { ChangeFailure, ChangeOperation, QueuedChange, Resolution } from './queued-change';
import { rebaseAfterSave } from './rebase';
import { resendAfterConflict } from './resolution';
import { Settlements } from './settlements';

export interface OutboxEngineOptions {
  readonly maxConcurrent: number;
  readonly retry: OutboxRetryPolicy;
  now(): number;
  random(): number;
  newId(): string;
}

/**
 * The outbox's moving parts: keeps changes in the queue, sends them in order per row with at most
 * `maxConcurrent` on the wire, retries transient failures with back-off, and records conflicts
 * and failures. Every state change is decided synchronously and persisted afterwards, so a
 * concurrent send can never see a half-made decision.
 */
export class OutboxEngine {
  /** Open and failed changes in queue order (a Map keeps insertion order). */
  private readonly changes = new Map<string, QueuedChange>();
  /** Changes not yet durably kept: they wait in their lane but are not sent. */
  private readonly notKept = new Set<string>();
  private readonly settlements = new Settlements();
  private readonly feed = new ChangeFeed();
  private idleWaiters: (() => void)[] = [];
  /** `pending()`'s answer, kept until the next change so React sees the same array. */
  private pendingInOrder: readonly QueuedChange[] | undefined;
  private inFlight = 0;
  /** Nothing is sent before this (epoch ms): the server's Retry-After applies to every request. */
  private pausedUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextSeq = 1;
  private stopped = false;
  readonly loaded: Promise<void>;

  constructor(
    private readonly inner: PlanStore,
    private readonly queue: OutboxQueue,
    private readonly opts: OutboxEngineOptions,
  ) {
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    for (const change of (await this.queue.load()).map(keyedChange)) {
      // A change that was on the wire when the page closed is simply sent again: the client key
      // and the ETag make that harmless.
      this.changes.set(change.id, change.state === 'sending' ? { ...change, state: 'waiting' } : change);
      this.nextSeq = Math.max(this.nextSeq, change.seq + 1);
    }
    this.pump();
  }

  /** Keeps the change, then sends it; settles once storage confirmed it (or it failed). */
  async enqueue(operation: ChangeOperation): Promise<AnyRow | undefined> {
    await this.loaded;
    this.assertRunning();
    const already = operation.kind === 'create' ? this.openChangeInLane(laneOf(operation)) : undefined;
    // The same create queued twice (a double click, a retry by the caller) is the same change.
    if (already?.operation.kind === 'create') return this.settlements.promise(already.id);
    const change: QueuedChange = {
      id: this.opts.newId(),
      seq: this.nextSeq++,
      queuedAt: new Date(this.opts.now()).toISOString(),
      operation,
      state: 'waiting',
      attempts: 0,
    };
    const done = this.settlements.promise(change.id);
    this.notKept.add(change.id);
    this.replace(change);
    try {
      await this.queue.put(change);
    } catch (error) {
      this.changes.delete(change.id);
      this.notKept.delete(change.id);
      this.feed.emit({ ...change, state: 'failed', failure: { kind: 'notKept', problem: problemOf(error) } });
      this.settlements.failed(change.id, error);
      return done;
    }
    this.notKept.delete(change.id);
    this.pump();
    return done;
  }

  /** Sends everything due now and resolves once nothing is waiting (conflicts and failures stay). */
  async flush(): Promise<void> {
    await this.loaded;
    this.assertRunning();
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.retryNow();
    return idle;
  }

  /** Ends the back-off of every waiting change (the network is back); Retry-After still holds. */
  retryNow(): void {
    for (const change of this.changes.values()) {
      if (change.state === 'waiting' && change.nextAttemptAt !== undefined) this.replace({ ...change, nextAttemptAt: undefined });
    }
    this.pump();
  }

  /** Settles a conflict: keep theirs (the change is dropped), or send mine or merged values again. */
  async resolve(changeId: string, choice: Resolution): Promise<AnyRow | null> {
    await this.loaded;
    const change = this.changes.get(changeId);
    if (!change?.conflict || change.state !== 'conflict') {
      throw new RangeError('This change has no conflict to resolve; it may have been resolved already.');
    }
    const { theirs } = change.conflict;
    if (choice === 'theirs') {
      this.changes.delete(changeId);
      this.pendingInOrder = undefined;
      this.feed.emit({ ...change, state: 'saved', conflict: undefined, saved: theirs ?? undefined });
      await this.forget(changeId);
      this.pump();
      return theirs;
    }
    const operation = resendAfterConflict(change.operation, choice, theirs);
    const resent: QueuedChange = { ...change, operation, state: 'waiting', attempts: 0, conflict: undefined, nextAttemptAt: undefined };
    const done = this.settlements.promise(changeId);
    this.notKept.add(changeId);
    this.replace(resent);
    await this.keep(resent);
    this.notKept.delete(changeId);
    this.pump();
    return (await done) ?? null;
  }

  /** Drops a waiting, failed or conflicting change; anything queued behind its create fails. */
  async discard(changeId: string): Promise<void> {
    await this.loaded;
    const change = this.changes.get(changeId);
    if (!change) return;
    if (change.state === 'sending') throw new RangeError('This change is being sent right now; wait for the answer.');
    const failure: ChangeFailure = { kind: 'discarded' };
    const dependants = this.dropCreateDependants(change, failure);
    this.changes.delete(changeId);
    this.pendingInOrder = undefined;
    this.feed.emit({ ...change, state: 'failed', failure });
    this.settlements.failed(changeId, new ChangeNotSavedError(changeId, failure));
    await Promise.all([this.forget(changeId), ...dependants.map((d) => this.keep(d))]);
    this.pump();
  }

  /** Open and failed changes, in queue order. The same array until something changes. */
  pending(): readonly QueuedChange[] {
    return (this.pendingInOrder ??= Object.freeze([...this.changes.values()]));
  }

  subscribe(listener: (change: QueuedChange) => void): () => void {
    return this.feed.subscribe(listener);
  }

  private assertRunning(): void {
    if (this.stopped) throw new RangeError('This outbox has been stopped; open a new one to send what it kept.');
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private pump(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const now = this.opts.now();
    let wakeAt = now < this.pausedUntil ? this.pausedUntil : Infinity;
    if (now >= this.pausedUntil) {
      for (const change of readyToSend(this.changes.values())) {
        if (this.inFlight >= this.opts.maxConcurrent) break;
        if (this.notKept.has(change.id)) continue;
        const due = change.nextAttemptAt ?? 0;
        if (due > now) wakeAt = Math.min(wakeAt, due);
        else void this.send(change);
      }
    }
    if (wakeAt !== Infinity) this.timer = setTimeout(() => this.pump(), wakeAt - now);
    this.resolveIdleWaiters();
  }

  private async send(change: QueuedChange): Promise<void> {
    this.inFlight++;
    const sending = this.replace({ ...change, state: 'sending', attempts: change.attempts + 1, nextAttemptAt: undefined });
    try {
      let row: AnyRow | undefined;
      try {
        row = await this.execute(sending.operation);
      } catch (error) {
        await this.afterFailure(sending, error);
        return;
      }
      await this.afterSave(sending, row);
    } finally {
      this.inFlight--;
      this.pump();
    }
  }

  private async execute(operation: ChangeOperation): Promise<AnyRow | undefined> {
    switch (operation.kind) {
      case 'create':
        return this.inner.createRow(operation.input);
      case 'update':
        return this.inner.updateRow(operation.input);
      case 'delete':
        await this.inner.deleteRow(operation.input);
        return undefined;
    }
  }

  private async afterSave(change: QueuedChange, row: AnyRow | undefined): Promise<void> {
    const followUps = rebaseAfterSave(this.changes.values(), change, row);
    followUps.forEach((f) => this.replace(f));
    // The rewritten follow-ups are kept before the change is forgotten: a reload in between
    // replays the (idempotent) change rather than losing the rewrite.
    await Promise.all(followUps.map((f) => this.keep(f)));
    this.changes.delete(change.id);
    this.pendingInOrder = undefined;
    this.feed.emit({ ...change, state: 'saved', saved: row, lastProblem: undefined, conflict: undefined });
    this.settlements.saved(change.id, row);
    await this.forget(change.id);
  }

  private async afterFailure(change: QueuedChange, error: unknown): Promise<void> {
    const outcome = outcomeOf(error, change.operation, change.attempts, this.opts.retry, this.opts.random);
    switch (outcome.kind) {
      case 'alreadySaved':
        return this.afterSave(change, outcome.row);
      case 'rebase': {
        const operation = { ...change.operation, input: { ...change.operation.input, etag: outcome.etag } } as ChangeOperation;
        await this.keep(this.replace({ ...change, operation, state: 'waiting', nextAttemptAt: undefined, lastProblem: undefined }));
        return;
      }
      case 'retry': {
        const now = this.opts.now();
        if (outcome.serverAskedMs > 0) this.pausedUntil = Math.max(this.pausedUntil, now + outcome.serverAskedMs);
        this.replace({ ...change, state: 'waiting', nextAttemptAt: now + outcome.delayMs, lastProblem: outcome.problem });
        return;
      }
      case 'conflict': {
        const inConflict = this.replace({ ...change, state: 'conflict', conflict: outcome.conflict, lastProblem: undefined });
        this.settlements.failed(change.id, error);
        await this.keep(inConflict);
        return;
      }
      case 'failed': {
        const failed = this.replace({ ...change, state: 'failed', failure: outcome.failure, lastProblem: undefined });
        const dependants = this.dropCreateDependants(change, outcome.failure);
        this.settlements.failed(change.id, error);
        await Promise.all([failed, ...dependants].map((c) => this.keep(c)));
        return;
      }
    }
  }

  /** Fails what was queued behind a create that will never land (synchronously; returns them). */
  private dropCreateDependants(change: QueuedChange, cause: ChangeFailure): QueuedChange[] {
    if (change.operation.kind !== 'create') return [];
    const failure: ChangeFailure = cause.problem ? { kind: 'dependency', problem: cause.problem } : { kind: 'dependency' };
    return laterInLane(this.changes.values(), change).map((d) => {
      this.settlements.failed(d.id, new ChangeNotSavedError(d.id, failure));
      return this.replace({ ...d, state: 'failed', failure });
    });
  }

  private openChangeInLane(lane: string): QueuedChange | undefined {
    for (const change of this.changes.values()) {
      if (change.state !== 'failed' && laneOf(change.operation) === lane) return change;
    }
    return undefined;
  }

  private replace(change: QueuedChange): QueuedChange {
    this.changes.set(change.id, change);
    this.pendingInOrder = undefined;
    this.feed.emit(change);
    return change;
  }

  private resolveIdleWaiters(): void {
    if (this.idleWaiters.length === 0) return;
    for (const change of this.changes.values()) if (change.state === 'waiting' || change.state === 'sending') return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  /**
   * Persists a state change. Storage has already decided by now, so when the device cannot write
   * (quota, private mode) the in-memory state stays right; the worst after a reload is a replay,
   * which the client key and the ETag make harmless.
   */
  private async keep(change: QueuedChange): Promise<void> {
    await this.queue.put(change.state === 'sending' ? { ...change, state: 'waiting' } : change).catch(() => undefined);
  }

  private async forget(changeId: string): Promise<void> {
    await this.queue.remove(changeId).catch(() => undefined);
  }
}
