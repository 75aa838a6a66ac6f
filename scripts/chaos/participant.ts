import { sectionById, fieldOf, validateValues, type AnyRow } from '../../src/plan';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/storage/errors';
import type { OutboxStore, QueuedChange } from '../../src/storage/outbox';
import type { RowChange, RowValues } from '../../src/storage/port';
import { versionOf, type Ledger, type RowName } from './ledger';
import type { Dice } from './random';
import { nextWrite, type ChaosSection, type ScriptedWrite, type ViewRow, type Who } from './script';

export const CHAOS_SECTIONS: readonly ChaosSection[] = ['actions', 'decisions', 'concernsRaised', 'communityUpdates'];

/** What happened to one participant's writes besides being saved. */
export interface ParticipantTally {
  /** 412s that reached the person (each round of a conflict that came back counts again). */
  conflicts: number;
  resolvedMine: number;
  resolvedTheirs: number;
  resolvedMerged: number;
  /** 403: the role may not make this change. */
  refused: number;
  /** The other person had deleted the row first. */
  gone: number;
  /** Sends the outbox put back to wait after the Graph pipeline's own retries gave up. */
  outboxRetries: number;
  /** Anything the run did not expect, described. */
  readonly unexpected: string[];
}

const nameOf = (row: { section: string; key: string }) => `${row.section}/${row.key}`;
const rowName = (w: ScriptedWrite): RowName => (w.kind === 'create' ? { section: w.section, key: w.key } : w.target);

/**
 * One person in the call: a screen of rows (kept up to date by polling for changes), the plan
 * service's client store wrapped in an outbox, as in the browser, and writes made without waiting
 * for them to land, as people type in a meeting.
 * Conflicts are settled by a fixed rota — mine, theirs, merged — so every run decides alike.
 */
export class Participant {
  readonly tally: ParticipantTally = { conflicts: 0, resolvedMine: 0, resolvedTheirs: 0, resolvedMerged: 0, refused: 0, gone: 0, outboxRetries: 0, unexpected: [] };
  private readonly screen = new Map<string, ViewRow>();
  private readonly deletedHere = new Set<string>();
  private readonly writes: Promise<void>[] = [];
  /** Scripted writes made so far (sent to the outbox, not necessarily saved). */
  made = 0;
  private polling = false;
  private cursor: string | undefined;

  constructor(
    readonly who: Who,
    readonly store: OutboxStore,
    private readonly planId: string,
    private readonly ledger: Ledger,
    private readonly dice: Dice,
  ) {
    store.subscribe((change) => {
      if (change.state === 'waiting' && change.nextAttemptAt !== undefined) this.tally.outboxRetries++;
    });
  }

  /** Makes `count` scripted writes, `paceMs` apart, polling for changes every `pollEvery`. */
  async run(count: number, paceMs: number, pollEvery: number): Promise<void> {
    for (let step = 1; step <= count; step++) {
      if (step % pollEvery === 1) void this.poll();
      this.write(step);
      this.made = step;
      if (paceMs > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
    }
    await Promise.all(this.writes);
  }

  private write(step: number): void {
    const rows = [...this.screen.values()];
    const mine = rows.filter((r) => r.key.startsWith(`${this.who}-`));
    const theirs = rows.filter((r) => !r.key.startsWith(`${this.who}-`));
    this.writes.push(this.perform(nextWrite(this.dice, this.who, step, mine, theirs)));
  }

  /** Starts following the plan's changes (before the faults start: the tab is already open). */
  async open(): Promise<void> {
    this.cursor = (await this.store.changes(CHAOS_SECTIONS)).cursor;
  }

  /** Polls for the other person's changes, as the tab does; a poll that fails under the faults leaves the screen as it was. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const batch = await this.store.changes(CHAOS_SECTIONS, this.cursor);
      this.cursor = batch.cursor;
      for (const change of batch.changes) this.show(change);
    } catch {
      // The next poll asks again from the same cursor; writes go on meanwhile.
    } finally {
      this.polling = false;
    }
  }

  private show(change: RowChange): void {
    if (change.kind === 'upsert') {
      const name = nameOf(change.row);
      if (change.row.planId === this.planId && !this.deletedHere.has(name)) this.learn(change.row);
      return;
    }
    for (const [name, row] of this.screen) if (row.section === change.section && row.id === change.id) this.screen.delete(name);
  }

  /** Keeps the newest version of a row on screen. */
  private learn(row: AnyRow): void {
    const name = nameOf(row);
    const shown = this.screen.get(name);
    if (shown && shown.etag !== undefined && versionOf(row.etag) < versionOf(shown.etag ?? '')) return;
    this.screen.set(name, { section: row.section as ChaosSection, key: row.key, id: row.id, etag: row.etag });
  }

  private async perform(w: ScriptedWrite): Promise<void> {
    const name = rowName(w);
    try {
      if (w.kind === 'create') {
        this.ledger.scriptedCreate(name);
        this.screen.set(nameOf(name), { section: w.section, key: w.key, id: w.key });
        const row = await this.store.createRow({ section: w.section, planId: this.planId, key: w.key, values: validateValues(sectionById(w.section), w.values, 'create') });
        this.ledger.confirmedWrite('create', name, w.values, row);
        this.learn(row);
      } else if (w.kind === 'update') {
        const { section, key, etag } = w.target;
        const row = await this.store.updateRow({ planId: this.planId, section, key, etag, changes: validateValues(sectionById(section), w.changes, 'update') });
        this.ledger.confirmedWrite('update', name, w.changes, row);
        this.learn(row);
      } else {
        this.screen.delete(nameOf(name));
        this.deletedHere.add(nameOf(name));
        await this.store.deleteRow({ planId: this.planId, section: w.target.section, key: w.target.key, etag: w.target.etag });
        this.ledger.confirmedDelete(name);
      }
    } catch (error) {
      if (error instanceof ConflictError) await this.settleConflict(w, error);
      else this.notSaved(w, error);
    }
  }

  /** Shows the conflict to "the person", who answers by the rota; a conflict that comes back is answered again. */
  private async settleConflict(w: ScriptedWrite, first: ConflictError): Promise<void> {
    const name = rowName(w);
    for (let conflict = first; ; ) {
      this.tally.conflicts++;
      const change = this.store
        .pending()
        .find((c) => c.state === 'conflict' && c.operation.kind !== 'create' && c.operation.input.section === conflict.section && c.operation.input.key === conflict.key);
      if (!change?.conflict) {
        this.tally.unexpected.push(`${nameOf(name)}: a conflict with no queued change to resolve`);
        return;
      }
      const choice = this.choose(change);
      try {
        const row = await this.store.resolve(change.id, typeof choice === 'string' ? choice : validateValues(sectionById(change.operation.input.section), choice, 'update'));
        if (choice === 'theirs') {
          this.tally.resolvedTheirs++;
          this.deletedHere.delete(nameOf(name));
          if (row) this.learn(row);
        } else if (w.kind === 'delete') {
          this.tally.resolvedMine++;
          this.ledger.confirmedDelete(name);
        } else {
          if (choice === 'mine') this.tally.resolvedMine++;
          else this.tally.resolvedMerged++;
          this.ledger.confirmedWrite('update', name, choice === 'mine' ? change.conflict.mine! : choice, row!);
          this.learn(row!);
        }
        return;
      } catch (error) {
        if (!(error instanceof ConflictError)) return this.notSaved(w, error);
        conflict = error;
      }
    }
  }

  /** The rota: mine, theirs, merged (deletes: confirm, keep). */
  private choose(change: QueuedChange): 'mine' | 'theirs' | RowValues {
    const turn = this.tally.conflicts;
    if (change.operation.kind === 'delete') return turn % 2 === 0 ? 'mine' : 'theirs';
    if (turn % 3 === 0) return 'mine';
    if (turn % 3 === 1) return 'theirs';
    const section = sectionById(change.operation.input.section);
    // Merge: my values, with my text noted as merged wherever theirs differed.
    return Object.fromEntries(
      (change.conflict?.fields ?? []).map((f) => {
        const text = typeof f.mine === 'string' && f.differs && fieldOf(section, f.field)?.kind !== 'choice';
        return [f.field, text ? `${String(f.mine)} (merged)` : f.mine];
      }),
    );
  }

  private notSaved(w: ScriptedWrite, error: unknown): void {
    const name = rowName(w);
    if (error instanceof ForbiddenError) {
      this.tally.refused++;
      if (w.kind === 'create') this.ledger.createEnded(name);
      this.screen.delete(nameOf(name));
    } else if (error instanceof NotFoundError && w.kind === 'update') {
      this.tally.gone++;
      this.screen.delete(nameOf(name));
    } else {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.tally.unexpected.push(`${w.kind} ${nameOf(name)}: ${reason}`);
    }
  }
}
