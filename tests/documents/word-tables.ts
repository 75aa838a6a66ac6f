/**
 * Builders for Word files as councils fill them in, shared by the import tests: tables whose
 * cells may hold several paragraphs or be merged down, section headings, and the packed file.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';

/** A cell: plain text, several paragraphs, or one part of a cell merged down the column. */
export type CellSpec = string | { lines: string[] } | { text: string; merge: 'restart' | 'continue' };

function cell(spec: CellSpec): TableCell {
  if (typeof spec === 'string') return new TableCell({ children: [new Paragraph(spec)] });
  if ('lines' in spec) return new TableCell({ children: spec.lines.map((l) => new Paragraph(l)) });
  return new TableCell({
    children: [new Paragraph(spec.merge === 'restart' ? spec.text : '')],
    verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });
}

/** A Word table, one array of cells a row. */
export const table = (rows: CellSpec[][]): Table => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** A section heading as the template styles it (Heading 2). */
export const heading = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

/** The bytes of a one-section .docx holding these paragraphs and tables. */
export async function wordFile(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
