import {
  PAGES,
  ROW_SECTIONS,
  sectionById,
  strandFromChoice,
  strandRowKey,
  type AnyRow,
  type FieldDef,
  type Plan,
  type RowSectionId,
  type SectionDef,
  type StrandId,
  type ValidatedValues,
} from '../../plan';
import { DocumentError } from '../errors';
import type { SourceDocument, SourceLine } from '../read/source';
import { MATRIX_LAYOUT } from '../template-knowledge';
import { normaliseHeading, wordSimilarity } from '../text-match';
import { censusNamed, documentYear } from './document-year';
import { matchHeader } from './header-match';
import { say, schema } from './import-messages';
import { isMatrixHeader, readMatrix } from './matrix-reader';
import type { YearHint } from './date-cell';
import { importedRowKey } from './row-key';
import { resolveMeetingReferences } from './meeting-references';
import { detailChanges, detailLines, readPlanDetails } from './plan-details';
import { readTable, type TableOutput } from './table-reader';
import type { DraftRow, ImportPreview, PreviewRow, SectionPreview, TableRead, Unplaced } from './types';

export interface PreviewOptions {
  readonly planId: string;
  readonly fileName: string;
  /** The plan as it is now: rows already imported are marked, new rows go after existing ones. */
  readonly plan?: Plan;
}

type Open =
  | { kind: 'table'; section: SectionDef; columns: readonly (FieldDef | null)[]; rows: SourceLine[] }
  | { kind: 'matrix'; section: SectionDef; header: SourceLine | null; before: SourceLine[]; rows: SourceLine[] };

interface Collected {
  tables: TableRead[];
  drafts: DraftRow[];
  unplaced: Unplaced[];
}

/** The section a heading paragraph names (its template title, give or take a typo), if any. */
function headingSection(text: string): SectionDef | undefined {
  const heading = normaliseHeading(text);
  if (heading === '' || heading.length > 160) return undefined;
  return (ROW_SECTIONS as readonly SectionDef[]).find((s) => {
    const title = normaliseHeading(s.templateTitle);
    return heading === title || heading.startsWith(`${title} `) || wordSimilarity(heading, title) >= 0.85;
  });
}

/**
 * Where a table may start: a Word table's heading row is its first (or, under a title row of
 * one cell, its second) row, so no row further down — however much it looks like another table's headings —
 * ever starts a table. A text layout cannot say where its tables begin, so there a line directly
 * under a table's rows must name more of a table's columns to start a new one.
 */
function mayStartTable(line: SourceLine, previous: SourceLine | undefined, open: Open | null, separated: boolean): boolean {
  if (line.tableRow === 1) return true;
  if (line.tableRow === 2) return (previous?.cells ?? []).filter((c) => c.trim() !== '').length <= 1;
  if (line.tableRow !== undefined) return false;
  return open === null || separated || open.kind === 'table';
}

/** Every column heading the template's tables have. */
const COLUMN_HEADINGS = new Set((ROW_SECTIONS as readonly SectionDef[]).flatMap((s) => s.fields.map((f) => normaliseHeading(f.heading ?? f.label))));

/** Text with no table rows, but a table's column headings one to a line: Word's "Plain Text" of a LAPP. */
function looksLikeCellPerLine(doc: SourceDocument): boolean {
  if (doc.format !== 'text' || doc.lines.some((l) => l.cells)) return false;
  let run = 0;
  for (const line of doc.lines) {
    run = COLUMN_HEADINGS.has(normaliseHeading(line.text)) && line.text.trim() !== '' ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** What the template's home page links to: its pages and its tables. */
const LINK_TITLES = new Set([...PAGES.map((p) => p.title), ...ROW_SECTIONS.map((s) => s.templateTitle)].map(normaliseHeading));
const HOME_LINKS = say('import.reason.homeLinks');
const PLAN_HEADINGS = new Set(sectionById('plan').fields.map((f) => normaliseHeading(f.heading ?? f.label)));

/** The heading of the grid's channel column ("Engagement channel"), which its heading row carries. */
function gridChannelHeading(section: SectionDef): string {
  const channel = section.fields.find((f) => f.name === MATRIX_LAYOUT.channelField);
  return channel?.heading ?? channel?.label ?? '';
}

/** Why a table line outside any recognised table was not imported. */
function outsideReason(line: SourceLine): Pick<Unplaced, 'reason' | 'kind'> {
  const cells = (line.cells ?? []).map(normaliseHeading).filter(Boolean);
  if (cells.some((c) => PLAN_HEADINGS.has(c))) {
    return { reason: say('import.reason.planDetails'), kind: 'template' };
  }
  if (cells.some((c) => LINK_TITLES.has(c))) return { reason: HOME_LINKS, kind: 'template' };
  return { reason: say('import.reason.noTableHeading'), kind: 'problem' };
}

/** A line among the home page's links is one of them, even when none of its own cells is a known title. */
function explainOutside(lines: readonly SourceLine[]): Unplaced[] {
  const read = lines.map((line) => ({ line: line.n, where: line.where, text: line.text, ...outsideReason(line) }));
  return read.map((u, i) => {
    if (u.kind === 'template') return u;
    let j = i;
    while (j > 0 && (read[j - 1]?.line ?? 0) === (read[j]?.line ?? 0) - 1) j -= 1;
    for (let k = j; k < read.length && (k === j || (read[k]?.line ?? 0) === (read[k - 1]?.line ?? 0) + 1); k += 1) {
      if (read[k]?.reason.id === HOME_LINKS.id) return { ...u, reason: HOME_LINKS, kind: 'template' as const };
    }
    return u;
  });
}

/**
 * Reads a document into what importing it would do: per section the rows it creates, and every
 * table line it could not place with the reason. Writes nothing.
 */
export function buildPreview(doc: SourceDocument, options: PreviewOptions): ImportPreview {
  const census = options.plan?.header.values.Census;
  const hint = documentYear(doc.lines, typeof census === 'string' ? census : null);
  const collected = new Map<string, Collected>();
  const outsideLines: SourceLine[] = [];
  const bucket = (id: string): Collected => {
    let c = collected.get(id);
    if (!c) collected.set(id, (c = { tables: [], drafts: [], unplaced: [] }));
    return c;
  };
  const add = (id: string, result: TableOutput): void => {
    bucket(id).drafts.push(...result.rows);
    bucket(id).unplaced.push(...result.unplaced);
  };
  let open: Open | null = null;
  let context: string | undefined;

  const flush = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    if (o.kind === 'table') return add(o.section.id, readTable({ ...o, format: doc.format, hint }));
    const templateBand = (line: SourceLine): Unplaced => ({
      line: line.n,
      where: line.where,
      text: line.text,
      reason: o.header ? say('import.reason.gridBand') : say('import.reason.gridNoHeader', { heading: schema(gridChannelHeading(o.section)) }),
      kind: o.header ? 'template' : 'problem',
    });
    bucket(o.section.id).unplaced.push(...o.before.map(templateBand));
    if (o.header) add(o.section.id, readMatrix(o.section, o.header, o.rows));
    else bucket(o.section.id).unplaced.push(...o.rows.map(templateBand));
  };

  // Whether anything (a blank line, a paragraph) stands between this line and the last table line.
  let separated = true;
  const detailsAt = detailLines(doc.lines);
  let previousLine: SourceLine | undefined;
  for (const line of doc.lines) {
    const before = previousLine;
    previousLine = line;
    if (detailsAt.has(line.n)) {
      separated = true;
      continue;
    }
    if (!line.cells) {
      separated = true;
      if (line.text === '') continue;
      const named = headingSection(line.text);
      // Guidance between the grid's heading and its heading row does not close the grid.
      if (!named && open?.kind === 'matrix' && !open.header) continue;
      flush();
      if (named) context = named.id;
      if (named?.shape === 'matrix') open = { kind: 'matrix', section: named, header: null, before: [], rows: [] };
      continue;
    }
    const current = open as Open | null;
    const matrix = (ROW_SECTIONS as readonly SectionDef[]).find((s) => s.shape === 'matrix' && isMatrixHeader(s, line.cells ?? []));
    if (matrix) {
      if (current?.kind === 'matrix' && current.section === matrix && !current.header) current.header = line;
      else {
        flush();
        open = { kind: 'matrix', section: matrix, header: line, before: [], rows: [] };
      }
      bucket(matrix.id).tables.push({ line: line.n, where: line.where, columns: [] });
      continue;
    }
    const header = mayStartTable(line, before, current, separated) ? matchHeader(line.cells, context, separated ? 2 : 3) : null;
    separated = false;
    if (header) {
      flush();
      open = { kind: 'table', section: header.section, columns: header.columns, rows: [] };
      bucket(header.section.id).tables.push({ line: line.n, where: line.where, columns: header.columns.map((c) => c?.name ?? null) });
    } else if (current?.kind === 'matrix' && !current.header) current.before.push(line);
    else if (current) current.rows.push(line);
    else outsideLines.push(line);
  }
  flush();

  const details = readPlanDetails(doc.lines, hint, collected.get('keyContacts')?.drafts ?? []);
  if (![...collected.values()].some((c) => c.tables.length > 0) && looksLikeCellPerLine(doc)) {
    throw new DocumentError('unsupported', say('import.error.cellPerLine', { file: options.fileName }));
  }
  if (![...collected.values()].some((c) => c.tables.length > 0)) {
    const examples = [sectionById('keyContacts'), sectionById('localPriorities')].map((s) => schema(s.templateTitle));
    throw new DocumentError('not-lapp', say('import.error.notLapp', { file: options.fileName, first: examples[0] ?? '', second: examples[1] ?? '' }));
  }
  const outside = explainOutside(outsideLines);
  const sections = (ROW_SECTIONS as readonly SectionDef[])
    .filter((s) => collected.has(s.id))
    .map((s) => finishSection(s, collected.get(s.id) as Collected, options, hint));
  const rows = sections.flatMap((s) => s.rows);
  const changes = detailChanges(details, options.plan);
  const unplacedAll = [...outside, ...sections.flatMap((s) => s.unplaced)];
  return {
    planId: options.planId,
    fileName: options.fileName,
    format: doc.format,
    assumedYear: hint,
    sections,
    unplaced: outside,
    details: changes,
    detailLines: [...details.lines].sort((a, b) => a - b),
    names: {
      council: typeof details.values.CouncilName === 'string' ? details.values.CouncilName : null,
      census: typeof details.values.Census === 'string' ? details.values.Census : censusNamed(doc.lines),
    },
    detailNotes: details.notes,
    counts: {
      rows: rows.length,
      newRows: rows.filter((r) => !r.alreadyInPlan).length,
      details: changes.filter((c) => c.apply).length,
      problems: unplacedAll.filter((u) => u.kind === 'problem').length + details.notes.length,
    },
  };
}

/** Rows of a section whose rows the plan always has (one per strand): filled in, never added. */
function fillFixedRows(section: SectionDef, c: Collected, options: PreviewOptions): { rows: PreviewRow[]; unplaced: Unplaced[] } {
  const id = section.id as RowSectionId;
  const existing = (options.plan?.sections[id] ?? []) as readonly AnyRow[];
  const rows: PreviewRow[] = [];
  const unplaced: Unplaced[] = [];
  const seen = new Set<StrandId>();
  for (const draft of c.drafts) {
    const strand = strandFromChoice(draft.values.Strand);
    if (strand === undefined) continue;
    if (seen.has(strand)) {
      unplaced.push({ line: draft.lines[0] ?? 0, where: draft.where, text: String(draft.values.Strand), reason: say('import.reason.strandRanked'), kind: 'problem' });
      continue;
    }
    seen.add(strand);
    const key = strandRowKey(options.planId, strand);
    const current = existing.find((r) => r.key === key) ?? existing.find((r) => strandFromChoice(r.values.Strand) === strand);
    const base = { key: current?.key ?? key, order: current?.order ?? strand, values: draft.values, lines: draft.lines, where: draft.where, notes: draft.notes };
    if (!current) {
      rows.push({ ...base, alreadyInPlan: false });
      continue;
    }
    // Only what the document says: a strand it leaves blank keeps what the plan has.
    // Some of the draft's validated fields, each valid on its own (as an update checks them).
    const changes = Object.fromEntries(Object.entries(draft.values).filter(([name, value]) => value !== null && value !== (current.values[name] ?? null))) as ValidatedValues;
    rows.push(Object.keys(changes).length === 0 ? { ...base, alreadyInPlan: true } : { ...base, alreadyInPlan: false, update: { etag: current.etag, changes } });
  }
  return { rows, unplaced };
}

function finishSection(section: SectionDef, c: Collected, options: PreviewOptions, hint: YearHint | null): SectionPreview {
  const id = section.id as RowSectionId;
  if (section.shape === 'priorities') {
    const filled = fillFixedRows(section, c, options);
    const unplaced = [...c.unplaced, ...filled.unplaced].sort((a, b) => a.line - b.line);
    return { id, title: section.title, tables: c.tables, rows: filled.rows, unplaced };
  }
  const existing = options.plan?.sections[id] ?? [];
  const existingKeys = new Set(existing.map((r) => r.key));
  const base = existing.reduce((max, r) => Math.max(max, r.order), 0);
  const occurrences = new Map<string, number>();
  const rows: PreviewRow[] = c.drafts.map((draft, i) => {
    const identity = JSON.stringify(draft.identity);
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    const key = importedRowKey(options.planId, id, draft.identity, occurrence);
    const meetings = resolveMeetingReferences(section, draft.values, options.plan, hint);
    return {
      key,
      order: base + i + 1,
      values: meetings.values,
      lines: draft.lines,
      where: draft.where,
      notes: [...draft.notes, ...meetings.notes],
      alreadyInPlan: existingKeys.has(key),
    };
  });
  const unplaced = [...c.unplaced].sort((a, b) => a.line - b.line);
  return { id, title: section.title, tables: c.tables, rows, unplaced };
}
