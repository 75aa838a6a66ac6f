import type { RowChange } from '../../storage/port';

const KEPT = 5000;

function keyOf(change: RowChange): string {
  return change.kind === 'upsert' ? `${change.row.section}/${change.row.id}/${change.row.etag}` : `${change.section}/${change.id}/deleted`;
}

/**
 * The row versions this service wrote recently (the newest few thousand): list delta reports
 * every write, and the ones the service made were announced already when it made them.
 */
export class OwnWrites {
  private readonly keys = new Set<string>();

  remember(changes: readonly RowChange[]): void {
    for (const change of changes) {
      const key = keyOf(change);
      this.keys.delete(key);
      this.keys.add(key);
    }
    for (const oldest of this.keys) {
      if (this.keys.size <= KEPT) break;
      this.keys.delete(oldest);
    }
  }

  has(change: RowChange): boolean {
    return this.keys.has(keyOf(change));
  }
}
