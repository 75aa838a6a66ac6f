import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Outline } from './outline';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A cell's text, one Word paragraph per line, so multi-line notes stay multi-line. */
function cellParagraphs(text: string, bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold: boolean): TableCell => new TableCell({ children: cellParagraphs(text, bold) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // The heading row repeats on every page a long table runs over.
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: headers.map((_, i) => cell(r[i] ?? '', false)) })),
    ],
  });
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: block.label ? [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] : [new TextRun(block.text)],
        }),
      ];
    case 'numbered':
      return [new Paragraph({ children: [new TextRun({ text: `${block.number}  ` }), new TextRun(block.text)], alignment: AlignmentType.LEFT })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      // Word needs a paragraph between two tables, or it joins them into one.
      return [table(block.headers, block.rows), new Paragraph({})];
  }
}

/** The outline as a Word document (.docx bytes). */
export async function renderDocx(outline: Outline): Promise<Uint8Array> {
  const doc = new Document({
    title: outline.title,
    creator: 'LAPP for Teams',
    sections: [
      {
        properties: outline.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        children: outline.blocks.flatMap(render),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
