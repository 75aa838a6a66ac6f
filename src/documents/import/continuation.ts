import type { FieldDef } from '../../plan';
import type { SourceLine } from '../read/source';

/** A table row as read, before its values are converted: one or more source lines. */
export interface RawRow {
  readonly lines: readonly SourceLine[];
  readonly cells: ReadonlyMap<FieldDef, string>;
}

const CONNECTOR_END = /(?:[-–,;:&/]|\b(?:and|or|the|a|an|of|to|in|for|with))$/i;

/** Whether `next` reads on from `previous`: it starts in lower case, or `previous` stops mid-phrase. */
function readsOn(previous: string, next: string): boolean {
  return /^\p{Ll}/u.test(next) || (previous !== '' && CONNECTOR_END.test(previous));
}

function joined(a: RawRow, b: RawRow): RawRow {
  const cells = new Map(a.cells);
  for (const [f, text] of b.cells) {
    const before = cells.get(f) ?? '';
    cells.set(f, [before, text].filter((t) => t !== '').join(' '));
  }
  return { lines: [...a.lines, ...b.lines], cells };
}

/**
 * In a text layout a cell that wrapped in Word becomes extra lines with the row's first column
 * empty (above the row when the cell was vertically centred, below it otherwise). Such a line is
 * merged into its row only when every text in it reads on from, or into, the row's text — so a
 * stray line is reported, not glued to its neighbour.
 */
export function mergeContinuations(rows: readonly RawRow[], firstField: FieldDef): RawRow[] {
  const isAnchor = (row: RawRow): boolean => (row.cells.get(firstField) ?? '').trim() !== '';
  const textOnly = (row: RawRow): boolean =>
    [...row.cells].every(([f, t]) => t === '' || f.kind === 'text' || f.kind === 'note');
  const filled = (row: RawRow): [FieldDef, string][] => [...row.cells].filter(([, t]) => t !== '');

  const out: RawRow[] = [];
  let pending: RawRow[] = [];
  let lastAnchor = -1;
  for (const row of rows) {
    if (isAnchor(row)) {
      const lead = pending.reduce<RawRow | null>((acc, p) => (acc ? joined(acc, p) : p), null);
      const leads = lead && filled(lead).every(([f, t]) => readsOn(t, row.cells.get(f) ?? ''));
      if (lead && leads) out.push(joined(lead, row));
      else out.push(...pending, row);
      pending = [];
      lastAnchor = out.length - 1;
      continue;
    }
    const anchor = lastAnchor === out.length - 1 && pending.length === 0 ? out[lastAnchor] : undefined;
    if (!textOnly(row) || filled(row).length === 0) {
      out.push(...pending, row);
      pending = [];
    } else if (anchor && filled(row).every(([f, t]) => readsOn(anchor.cells.get(f) ?? '', t))) {
      out[lastAnchor] = joined(anchor, row);
    } else {
      pending.push(row);
    }
  }
  out.push(...pending);
  return out;
}
