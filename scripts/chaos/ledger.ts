import type { AnyRow, FieldValue } from '../../src/plan';
import type { RowValues } from '../../src/storage/port';

/**
 * What the chaos run was told was saved, checked against what storage holds at the end. Rows are
 * named by section and client key (their identity across retries); a write's place in a row's
 * history is the version in the ETag storage answered with.
 */
export interface RowName {
  readonly section: string;
  readonly key: string;
}

type Confirmed =
  | { readonly kind: 'create' | 'update'; readonly row: RowName; readonly values: RowValues; readonly version: number }
  | { readonly kind: 'delete'; readonly row: RowName };

export interface Verdict {
  /** Confirmed writes whose effect is not in storage, plus creates that never ended. */
  readonly lost: number;
  /** Items beyond the first with the same section and client key. */
  readonly duplicated: number;
  /** Why each lost or duplicated count was made, for reading when it is not zero. */
  readonly problems: readonly string[];
}

const nameOf = (row: RowName) => `${row.section}/${row.key}`;

/** SharePoint's item version from an ETag like `"{GUID},7"`; 0 when the ETag has none. */
export function versionOf(etag: string): number {
  const m = /,(\d+)"?$/.exec(etag.trim());
  return m ? Number(m[1]) : 0;
}

export class Ledger {
  private readonly confirmed: Confirmed[] = [];
  /** Every create the script made, and whether it ended: saved, or refused with a reason. */
  private readonly creates = new Map<string, 'open' | 'ended'>();

  scriptedCreate(row: RowName): void {
    this.creates.set(nameOf(row), 'open');
  }

  /** The create was refused for good (403, say): it must not be stored, and is not lost. */
  createEnded(row: RowName): void {
    this.creates.set(nameOf(row), 'ended');
  }

  confirmedWrite(kind: 'create' | 'update', row: RowName, values: RowValues, stored: AnyRow): void {
    if (kind === 'create') this.createEnded(row);
    // A create makes version 1, even when a retry reads the row back after someone changed it.
    this.confirmed.push({ kind, row, values, version: kind === 'create' ? 1 : versionOf(stored.etag) });
  }

  confirmedDelete(row: RowName): void {
    this.confirmed.push({ kind: 'delete', row });
  }

  /** Confirmed operations so far. */
  get writes(): number {
    return this.confirmed.length;
  }

  /** Checks every confirmed write against the rows storage holds now. */
  verify(stored: readonly AnyRow[]): Verdict {
    const problems: string[] = [];
    const byName = new Map<string, AnyRow[]>();
    for (const row of stored) byName.set(nameOf(row), [...(byName.get(nameOf(row)) ?? []), row]);

    let duplicated = 0;
    for (const [name, rows] of byName) {
      if (rows.length < 2) continue;
      duplicated += rows.length - 1;
      problems.push(`${name} is stored ${rows.length} times`);
    }

    let lost = 0;
    for (const [name, state] of this.creates) {
      if (state === 'open') {
        lost++;
        problems.push(`${name}: its create never ended`);
      }
    }
    const deleted = new Set(this.confirmed.filter((c) => c.kind === 'delete').map((c) => nameOf(c.row)));
    for (const name of deleted) {
      if (byName.has(name)) {
        lost++;
        problems.push(`${name}: deleted (confirmed) but still stored`);
      }
    }
    const lostWrites = new Set<Confirmed>();
    for (const [name, writes] of this.writesByRow()) {
      const row = byName.get(name)?.[0];
      if (!row) {
        if (!deleted.has(name) && writes.some((w) => w.kind === 'create')) {
          lostWrites.add(writes.find((w) => w.kind === 'create')!);
          problems.push(`${name}: created (confirmed) but not stored`);
        }
        continue;
      }
      for (const [field, last] of lastWriteOfEachField(writes)) {
        const want: FieldValue = last.values[field] ?? null;
        const have: FieldValue = row.values[field] ?? null;
        if (want !== have) {
          lostWrites.add(last);
          problems.push(`${name}.${field}: confirmed ${JSON.stringify(want)} at version ${last.version}, stored ${JSON.stringify(have)}`);
        }
      }
    }
    return { lost: lost + lostWrites.size, duplicated, problems };
  }

  private writesByRow(): Map<string, Extract<Confirmed, { values: RowValues }>[]> {
    const out = new Map<string, Extract<Confirmed, { values: RowValues }>[]>();
    for (const c of this.confirmed) {
      if (c.kind === 'delete') continue;
      out.set(nameOf(c.row), [...(out.get(nameOf(c.row)) ?? []), c]);
    }
    return out;
  }
}

/** For each field, the confirmed write that set it last (highest version): what storage must hold. */
function lastWriteOfEachField<W extends { values: RowValues; version: number }>(writes: readonly W[]): Map<string, W> {
  const last = new Map<string, W>();
  for (const write of writes) {
    for (const field of Object.keys(write.values)) {
      const before = last.get(field);
      if (!before || write.version >= before.version) last.set(field, write);
    }
  }
  return last;
}
