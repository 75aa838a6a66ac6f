import { ROW_SECTIONS, type FieldDef, type SectionDef } from '../../plan';
import { containsPhrase, normaliseHeading } from '../text-match';

/** A table's heading row, read: which section it is and which field each column holds. */
export interface HeaderMatch {
  readonly section: SectionDef;
  /** One entry per cell of the heading row: the field that column holds, or null. */
  readonly columns: readonly (FieldDef | null)[];
  readonly score: number;
}

const EXACT = 10;
const CONTAINS = 6;
const TITLE_CELL = 4;
const MERGED_NEIGHBOUR = 5;
const GAP = 1;
const REFUSED = -1;
/** The last heading named this section: decides between tables with the same columns. */
const CONTEXT_BONUS = 3;

/** The names a column of this field may go by in a document: the template's heading and our label. */
export function columnNames(f: FieldDef): string[] {
  return [...new Set([f.heading ?? f.label, f.label].map(normaliseHeading))];
}

function textScore(cell: string, f: FieldDef): number {
  let best = REFUSED;
  for (const name of columnNames(f)) {
    if (cell === name) return EXACT;
    if (name.length >= 3 && containsPhrase(cell, name)) best = Math.max(best, CONTAINS);
    else if (cell.length >= 4 && containsPhrase(name, cell)) best = Math.max(best, CONTAINS - 1);
  }
  return best;
}

/**
 * Lines the heading row's cells up with the section's fields, keeping both in order (the schema
 * lists fields in the template's column order). An empty heading cell may hold the field between
 * its neighbours — the template leaves some columns unnamed, or names two in one merged cell.
 */
function align(section: SectionDef, cells: readonly string[]): { columns: (FieldDef | null)[]; score: number; evidence: number } {
  // A date's words as written share the date's column.
  const fields = section.fields.filter((f) => f.writtenFor === undefined);
  const title = normaliseHeading(section.templateTitle);
  const score = (i: number, j: number): number => {
    const cell = cells[i] ?? '';
    const f = fields[j] as FieldDef;
    if (cell === '') {
      const left = cells.slice(0, i).reverse().find((c) => c !== '') ?? '';
      return columnNames(f).some((n) => containsPhrase(left, n)) ? MERGED_NEIGHBOUR : GAP;
    }
    const text = textScore(cell, f);
    if (text !== REFUSED) return text;
    return i === 0 && j === 0 && (cell === title || containsPhrase(cell, title)) ? TITLE_CELL : REFUSED;
  };
  const rows = cells.length + 1;
  const cols = fields.length + 1;
  const best: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const pair = score(i - 1, j - 1);
      const row = best[i] as number[];
      const above = best[i - 1] as number[];
      row[j] = Math.max(above[j] ?? 0, row[j - 1] ?? 0, pair === REFUSED ? -Infinity : (above[j - 1] ?? 0) + pair);
    }
  }
  const columns: (FieldDef | null)[] = new Array<FieldDef | null>(cells.length).fill(null);
  let evidence = 0;
  for (let i = cells.length, j = fields.length; i > 0 && j > 0; ) {
    const here = best[i]?.[j] ?? 0;
    const pair = score(i - 1, j - 1);
    if (pair !== REFUSED && here === (best[i - 1]?.[j - 1] ?? 0) + pair && pair > 0) {
      columns[i - 1] = fields[j - 1] ?? null;
      if (pair >= TITLE_CELL) evidence += 1;
      i -= 1;
      j -= 1;
    } else if (here === (best[i - 1]?.[j] ?? 0)) i -= 1;
    else j -= 1;
  }
  return { columns, score: best[cells.length]?.[fields.length] ?? 0, evidence };
}

function shownFieldCount(section: SectionDef): number {
  return section.fields.filter((f) => f.writtenFor === undefined).length;
}

/**
 * The section whose table this heading row starts, or null when the row is not a heading row:
 * at least two columns must be named like the section's fields (the table's title counts for its first).
 */
export function matchHeader(rawCells: readonly string[], contextSectionId?: string, minimumColumns = 2): HeaderMatch | null {
  const cells = rawCells.map(normaliseHeading);
  let found: HeaderMatch | null = null;
  for (const section of ROW_SECTIONS as readonly SectionDef[]) {
    if (section.shape === 'matrix') continue;
    const { columns, score, evidence } = align(section, cells);
    if (evidence < Math.min(minimumColumns, shownFieldCount(section))) continue;
    // A heading row is headings throughout: a cell that names no column (a tick, a date, a
    // name) makes it a row of data, however many of its other cells look like headings.
    const title = normaliseHeading(section.templateTitle);
    if (cells.some((c, i) => (rawCells[i] ?? '').trim() !== '' && columns[i] === null && c !== title)) continue;
    const total = score + (section.id === contextSectionId ? CONTEXT_BONUS : 0);
    if (!found || total > found.score) found = { section, columns, score: total };
  }
  return found;
}
