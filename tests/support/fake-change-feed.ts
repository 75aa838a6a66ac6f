import type { AnyRow, SectionId } from '../../src/plan';
import type { ChangeBatch, RowChange } from '../../src/storage/port';

/**
 * The `changes` half of a PlanStore: each call takes what was pushed since the caller's cursor.
 * Calls are recorded with their (fake) start times; `fail` and `hold` shape the next answers.
 */
export class FakeChangeFeed {
  readonly calls: { readonly sections: readonly SectionId[]; readonly cursor: string | undefined; readonly at: number }[] = [];
  private readonly log: RowChange[] = [];
  private readonly failures: Error[] = [];
  private delayMs = 0;
  private resynced: SectionId[] = [];

  push(...changes: RowChange[]): void {
    this.log.push(...changes);
  }

  upsert(row: AnyRow): void {
    this.push({ kind: 'upsert', row });
  }

  /** The next calls fail with these errors, one each. */
  fail(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  /** The next answer says these sections were read afresh (a refused delta link). */
  resyncNext(...sections: SectionId[]): void {
    this.resynced.push(...sections);
  }

  /** Every answer from now on takes this long. */
  answerAfter(ms: number): void {
    this.delayMs = ms;
  }

  readonly changes = async (sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> => {
    this.calls.push({ sections, cursor, at: Date.now() });
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.failures.shift();
    if (failure) throw failure;
    const from = cursor === undefined ? this.log.length : Number(cursor);
    const resynced = this.resynced.splice(0);
    return { changes: this.log.slice(from), cursor: String(this.log.length), ...(resynced.length > 0 && { resynced }) };
  };
}
