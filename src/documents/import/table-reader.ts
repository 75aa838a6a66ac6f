import type { FieldDef, SectionDef } from '../../plan';
import type { SourceFormat, SourceLine } from '../read/source';
import { isAddRowHint, isChecklistLead, isPlaceholder } from '../template-knowledge';
import { mergeContinuations, type RawRow } from './continuation';
import type { YearHint } from './date-cell';
import { splitMergedRow } from './merged-cells';
import { convertRow } from './row-values';
import type { DraftRow, Unplaced } from './types';

export interface TableInput {
  readonly section: SectionDef;
  readonly columns: readonly (FieldDef | null)[];
  readonly rows: readonly SourceLine[];
  readonly format: SourceFormat;
  readonly hint: YearHint | null;
}

export interface TableOutput {
  readonly rows: DraftRow[];
  readonly unplaced: Unplaced[];
}

const unplaced = (line: SourceLine, reason: string, kind: Unplaced['kind'], text = line.text): Unplaced => ({
  line: line.n,
  where: line.where,
  text,
  reason,
  kind,
});

function wherePlural(lines: readonly SourceLine[]): string {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last || first === last) return first?.where ?? '';
  return `${first.where} to ${last.where.replace(/^line /, '')}`;
}

/** A phone column with the section's email field given no column of its own (or the other way round): one cell holds both. */
function sharedContactColumn(section: SectionDef, columns: readonly (FieldDef | null)[], f: FieldDef): FieldDef | undefined {
  const other = f.kind === 'phone' ? 'email' : f.kind === 'email' ? 'phone' : undefined;
  const partner = other ? section.fields.find((x) => x.kind === other) : undefined;
  return partner && !columns.includes(partner) ? partner : undefined;
}

/** "01632 960 111 / press@council.gov.uk" → the email, and the rest (the number) without separators. */
function splitContact(text: string): { email: string; rest: string } {
  const email = /[^\s<>()\/,;:]+@[^\s<>()\/,;:]+\.[^\s<>()\/,;:]+/.exec(text)?.[0] ?? '';
  const rest = (email ? text.replace(email, ' ') : text)
    .replace(/\b(?:tel|phone|mob(?:ile)?|email|e-mail)\b\s*:?/gi, ' ')
    .replace(/^[\s/,;|–-]+|[\s/,;|–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { email: email.replace(/\.$/, ''), rest };
}

/** The rows of one recognised table: template furniture set aside, wrapped lines merged, run-together rows split, values checked. */
export function readTable(input: TableInput): TableOutput {
  const { section, columns, format, hint } = input;
  const out: TableOutput = { rows: [], unplaced: [] };
  const raw: RawRow[] = [];
  for (const line of input.rows) {
    const cells = line.cells ?? [];
    if (isAddRowHint(line.text)) out.unplaced.push(unplaced(line, 'The template’s hint for adding rows.', 'template'));
    else if (cells.every(isPlaceholder)) out.unplaced.push(unplaced(line, 'An empty row of the template.', 'template'));
    else if (isChecklistLead(section, cells)) out.unplaced.push(unplaced(line, 'The checklist’s lead-in, not an item.', 'template'));
    else if (cells.filter((c) => !isPlaceholder(c)).length > columns.length) {
      out.unplaced.push(unplaced(line, `This line has more cells than the table has columns (${columns.length}), so it is not one of its rows.`, 'problem'));
    } else {
      const byField = new Map<FieldDef, string>();
      cells.forEach((cell, i) => {
        const f = columns[i];
        const shared = f ? sharedContactColumn(section, columns, f) : undefined;
        if (f && shared) {
          // The template's one "Contact number and email" cell holds both.
          const { email, rest } = splitContact(isPlaceholder(cell) ? '' : cell);
          byField.set(f.kind === 'email' ? f : shared, f.kind === 'email' ? email : rest);
          byField.set(f.kind === 'email' ? shared : f, f.kind === 'email' ? rest : email);
        } else if (f) byField.set(f, isPlaceholder(cell) ? '' : cell);
        else if (!isPlaceholder(cell)) {
          out.unplaced.push(
            unplaced(line, `Column ${i + 1} has no heading this import knows, so "${cell}" was not imported.`, 'problem', cell),
          );
        }
      });
      raw.push({ lines: [line], cells: byField });
    }
  }
  const first = columns.find((c): c is FieldDef => c !== null);
  // Only a text layout wraps cells onto extra lines; a Word table's rows are real rows.
  const rows = format === 'text' && first ? mergeContinuations(raw, first) : raw;
  for (const row of rows) readRow(section, row, hint, out);
  return out;
}

function readRow(section: SectionDef, row: RawRow, hint: YearHint | null, out: TableOutput): void {
  const where = wherePlural(row.lines);
  const lineNumbers = row.lines.map((l) => l.n);
  const text = row.lines.map((l) => l.text).join('\n');
  const baseNotes = row.lines.length > 1 ? [`Merged ${row.lines.length} lines that continue one row.`] : [];
  const problem = (reason: string): void => {
    out.unplaced.push({ line: lineNumbers[0] ?? 0, where, text, reason, kind: 'problem' });
  };
  const split = splitMergedRow(row.cells);
  if (split.kind === 'split') {
    const converted = split.parts.map((part) => convertRow(section, part, hint));
    const errors = [...new Set(converted.flatMap((c) => (c.ok ? [] : c.errors)))];
    if (errors.length > 0) return problem(`Split into ${split.parts.length} rows, but: ${errors.join(' ')}`);
    converted.forEach((c, i) => {
      if (!c.ok) return;
      const notes = [...baseNotes, `Part ${i + 1} of ${split.parts.length} of a line that held several rows.`, ...c.notes];
      out.rows.push({ values: c.values, identity: c.values, lines: lineNumbers, where, notes });
    });
    return;
  }
  const converted = convertRow(section, row.cells, hint);
  if (split.kind === 'mismatch' && (!converted.ok || converted.unreadDate)) {
    // Several rows run together whose dates cannot be read either: one guessed row would be wrong.
    return problem(`${split.message} Not imported: add these rows by hand.`);
  }
  if (!converted.ok) return problem(converted.errors.join(' '));
  const notes = [...baseNotes, ...(split.kind === 'mismatch' ? [`${split.message} Read as one row: check it.`] : []), ...converted.notes];
  out.rows.push({ values: converted.values, identity: converted.values, lines: lineNumbers, where, notes });
}
