import type { AnyRow, SectionId } from '../../../plan';

/** Enough for every row the service touches in a busy hour; the oldest are forgotten first. */
const KEPT = 20_000;

/**
 * SharePoint item ids of rows by section and client key, learnt from every row the store reads
 * or writes. Callers address rows by key; Graph addresses items by id. The plan service finds a
 * row (for its rights check) before it changes it, so a write costs no second lookup.
 */
export class ItemIds {
  private readonly ids = new Map<string, string>();

  /** Remembers the row's id and passes the row on. */
  learn<R extends AnyRow | undefined>(row: R): R {
    if (!row) return row;
    const at = `${row.section}:${row.key}`;
    this.ids.delete(at);
    this.ids.set(at, row.id);
    if (this.ids.size > KEPT) this.ids.delete(this.ids.keys().next().value!);
    return row;
  }

  get(section: SectionId, key: string): string | undefined {
    return this.ids.get(`${section}:${key}`);
  }

  forget(section: SectionId, key: string): void {
    this.ids.delete(`${section}:${key}`);
  }
}
