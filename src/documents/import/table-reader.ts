import type { FieldDef, SectionDef } from '../../plan';
import type { SourceFormat, SourceLine, Where } from '../read/source';
import { isAddRowHint, isChecklistLead, isPlaceholder } from '../template-knowledge';
import { mergeContinuations, type RawRow } from './continuation';
import type { YearHint } from './date-cell';
import { counted, distinct, say, type ImportMessage } from './import-messages';
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

const unplaced = (line: SourceLine, reason: ImportMessage, kind: Unplaced['kind'], text = line.text): Unplaced => ({
  line: line.n,
  where: line.where,
  text,
  reason,
  kind,
});

/** Where a row read from several lines is: from its first line to its last (only a text layout wraps rows). */
function whereAll(lines: readonly SourceLine[]): Where {
  const first = lines[0]?.where ?? { kind: 'line', line: 0 };
  const last = lines.at(-1)?.where;
  return first.kind === 'line' && last?.kind === 'line' && last.line !== first.line ? { ...first, toLine: last.line } : first;
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
    if (isAddRowHint(line.text)) out.unplaced.push(unplaced(line, say('import.reason.addRowHint'), 'template'));
    else if (cells.every(isPlaceholder)) out.unplaced.push(unplaced(line, say('import.reason.emptyRow'), 'template'));
    else if (isChecklistLead(section, cells)) out.unplaced.push(unplaced(line, say('import.reason.checklistLead'), 'template'));
    else if (cells.filter((c) => !isPlaceholder(c)).length > columns.length) {
      out.unplaced.push(unplaced(line, say('import.reason.tooManyCells', { columns: columns.length }), 'problem'));
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
          out.unplaced.push(unplaced(line, say('import.reason.unknownColumn', { column: i + 1, cell }), 'problem', cell));
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
  const where = whereAll(row.lines);
  const lineNumbers = row.lines.map((l) => l.n);
  const text = row.lines.map((l) => l.text).join('\n');
  const baseNotes = row.lines.length > 1 ? [counted('import.note.merged', row.lines.length)] : [];
  const problem = (reason: ImportMessage): void => {
    out.unplaced.push({ line: lineNumbers[0] ?? 0, where, text, reason, kind: 'problem' });
  };
  const split = splitMergedRow(row.cells);
  if (split.kind === 'split') {
    const converted = split.parts.map((part) => convertRow(section, part, hint));
    const errors = distinct(converted.flatMap((c) => (c.ok ? [] : c.errors)));
    if (errors.length > 0) return problem(say('import.reason.splitFailed', { rows: split.parts.length, problems: { sentences: errors } }));
    converted.forEach((c, i) => {
      if (!c.ok) return;
      const notes = [...baseNotes, say('import.note.part', { part: i + 1, parts: split.parts.length }), ...c.notes];
      out.rows.push({ values: c.values, identity: c.values, lines: lineNumbers, where, notes });
    });
    return;
  }
  const converted = convertRow(section, row.cells, hint);
  if (split.kind === 'mismatch' && (!converted.ok || converted.unreadDate)) {
    // Several rows run together whose dates cannot be read either: one guessed row would be wrong.
    return problem(say('import.reason.notImported', { problem: { message: split.message } }));
  }
  if (!converted.ok) return problem(say('import.reason.rowRefused', { problems: { sentences: converted.errors } }));
  const notes = [...baseNotes, ...(split.kind === 'mismatch' ? [say('import.note.readAsOne', { problem: { message: split.message } })] : []), ...converted.notes];
  out.rows.push({ values: converted.values, identity: converted.values, lines: lineNumbers, where, notes });
}
