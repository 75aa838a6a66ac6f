import type { FieldDef, SectionDef } from '../../plan';
import type { SourceLine } from '../read/source';
import { MATRIX_LAYOUT, isAddRowHint, isPlaceholder } from '../template-knowledge';
import { normalise, wordSimilarity } from '../text-match';
import { say, schema, type ImportMessage } from './import-messages';
import { convertRow } from './row-values';
import type { TableOutput } from './table-reader';

interface GridLine {
  readonly line: SourceLine;
  readonly groupText: string;
  channel: string;
  readonly values: readonly string[];
  group?: string;
}

function fieldNamed(section: SectionDef, name: string): FieldDef {
  const f = section.fields.find((x) => x.name === name);
  if (!f) throw new RangeError(`${section.id} has no field ${name}`);
  return f;
}

/** Whether a heading row is the grid's: its channel column carries the channel field's heading. */
export function isMatrixHeader(section: SectionDef, cells: readonly string[]): boolean {
  const channelField = section.fields.find((f) => f.name === MATRIX_LAYOUT.channelField);
  const heading = normalise(channelField ? (channelField.heading ?? channelField.label) : '');
  return heading !== '' && normalise(cells[MATRIX_LAYOUT.channelColumn] ?? '') === heading;
}

/**
 * The channel group of each line. A group's name sits in the first column, whole on every line
 * (as we export it) or spread over the group's lines as Word wraps a merged cell; each group ends
 * with its "Other (insert…)" line. A group whose pieces name no known group takes the group in
 * its position, and says so.
 */
function assignGroups(lines: GridLine[], groups: readonly string[], notes: Map<GridLine, ImportMessage[]>): void {
  const segments: GridLine[][] = [[]];
  for (const g of lines) {
    segments.at(-1)?.push(g);
    if (MATRIX_LAYOUT.isOtherRow(g.channel)) segments.push([]);
  }
  segments
    .filter((s) => s.length > 0)
    .forEach((segment, index) => {
      const pieces = segment.map((g) => g.groupText).filter((t) => t !== '' && !groups.some((n) => normalise(n) === normalise(t)));
      const joined = normalise(pieces.join(' '));
      const scored = groups.map((name) => ({ name, score: wordSimilarity(joined, normalise(name)) }));
      const best = scored.reduce((a, b) => (b.score > a.score ? b : a), { name: '', score: 0 });
      const fallback = groups[index];
      const inferred = best.score >= 0.5 ? best.name : fallback;
      for (const g of segment) {
        const explicit = groups.find((n) => normalise(n) === normalise(g.groupText));
        g.group = explicit ?? inferred;
        if (!explicit && best.score < 0.5 && inferred) {
          notes.set(g, [say('import.note.groupInferred', { group: schema(inferred) })]);
        }
      }
    });
}

/** Channels repeated within a group ("Community" three times) get "(2)", "(3)" so each keeps its own cells. */
function distinguishChannels(lines: GridLine[], notes: Map<GridLine, ImportMessage[]>): void {
  const seen = new Map<string, number>();
  for (const g of lines) {
    const id = `${g.group ?? ''}\u0000${normalise(g.channel)}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) {
      const renamed = `${g.channel} (${count})`;
      notes.set(g, [...(notes.get(g) ?? []), say('import.note.channelRepeated', { channel: schema(g.channel), renamed })]);
      g.channel = renamed;
    }
  }
}

/** The community priorities grid: one row per channel × community cell that has a priority. */
export function readMatrix(section: SectionDef, header: SourceLine, rows: readonly SourceLine[]): TableOutput {
  const out: TableOutput = { rows: [], unplaced: [] };
  const first = MATRIX_LAYOUT.firstCommunityColumn;
  const communities = (header.cells ?? []).slice(first).map((c) => c.trim());
  const groupField = fieldNamed(section, MATRIX_LAYOUT.groupField);
  const grid: GridLine[] = [];
  for (const line of rows) {
    const cells = (line.cells ?? []).map((c) => (isPlaceholder(c) ? '' : c.trim()));
    const channel = cells[MATRIX_LAYOUT.channelColumn] ?? '';
    const values = cells.slice(first);
    const problem = (reason: ImportMessage): void => {
      out.unplaced.push({ line: line.n, where: line.where, text: line.text, reason, kind: 'problem' });
    };
    if (isAddRowHint(line.text)) {
      out.unplaced.push({ line: line.n, where: line.where, text: line.text, reason: say('import.reason.addRowHint'), kind: 'template' });
    } else if (cells.every((c) => c === '')) {
      out.unplaced.push({ line: line.n, where: line.where, text: line.text, reason: say('import.reason.emptyRow'), kind: 'template' });
    } else if (channel === '' && values.some((v) => v !== '')) {
      problem(say('import.reason.gridNoChannel'));
    } else if (channel === '') {
      problem(say('import.reason.gridEmptyLine'));
    } else {
      grid.push({ line, groupText: cells[MATRIX_LAYOUT.groupColumn] ?? '', channel, values });
    }
  }
  const notes = new Map<GridLine, ImportMessage[]>();
  assignGroups(grid, groupField.choices ?? [], notes);
  distinguishChannels(grid, notes);
  const fields = new Map(section.fields.map((f) => [f.name, f]));
  for (const g of grid) {
    if (MATRIX_LAYOUT.isOtherRow(g.channel) && g.values.every((v) => v === '')) {
      out.unplaced.push({ line: g.line.n, where: g.line.where, text: g.line.text, reason: say('import.reason.gridBlankOther'), kind: 'template' });
      continue;
    }
    g.values.forEach((value, i) => {
      if (value === '') return;
      const community = communities[i] ?? '';
      const where = { ...g.line.where, column: first + i + 1 };
      if (community === '') {
        out.unplaced.push({ line: g.line.n, where, text: value, reason: say('import.reason.noCommunity', { column: first + i + 1 }), kind: 'problem' });
        return;
      }
      const cells = new Map<FieldDef, string>();
      for (const [name, text] of [
        [MATRIX_LAYOUT.groupField, g.group ?? ''],
        [MATRIX_LAYOUT.channelField, g.channel],
        [MATRIX_LAYOUT.communityField, community],
        [MATRIX_LAYOUT.valueField, value],
      ] as const) {
        const f = fields.get(name);
        if (f) cells.set(f, text);
      }
      const converted = convertRow(section, cells, null);
      if (!converted.ok) {
        out.unplaced.push({ line: g.line.n, where, text: value, reason: say('import.reason.gridCell', { channel: schema(g.channel), community: schema(community), problems: { sentences: converted.errors } }), kind: 'problem' });
        return;
      }
      // A cell is the same cell whatever its priority: re-importing an edited grid must not add a second one.
      const identity = Object.fromEntries(Object.entries(converted.values).filter(([name]) => name !== MATRIX_LAYOUT.valueField));
      out.rows.push({ values: converted.values, identity, lines: [g.line.n], where, notes: notes.get(g) ?? [] });
    });
  }
  return out;
}
