import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, Outline } from './outline';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** More columns than this do not fit a portrait A4 page legibly: such a table gets a landscape page. */
const PORTRAIT_MAX_COLUMNS = 6;

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The language of the text being drawn, set on every run (w:lang) so Word and screen readers follow it. */
type Language = { readonly value: string };

/** A cell's text, one Word paragraph per line, so multi-line notes stay multi-line. */
function cellParagraphs(text: string, bold: boolean, keepNext: boolean, language: Language): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ keepNext, children: [new TextRun({ text: line, bold, language })] }));
}

function table(block: TableBlock, language: Language): Table {
  const { headers, rows } = block;
  const cell = (text: string, bold: boolean, keepNext: boolean, merge?: 'restart' | 'continue'): TableCell =>
    new TableCell({
      children: cellParagraphs(merge === 'continue' ? '' : text, bold, keepNext, language),
      ...(merge && { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
    });
  const mergeOf = (i: number): 'restart' | 'continue' | undefined => {
    if (!block.mergeFirstColumn) return undefined;
    const here = rows[i]?.[0] ?? '';
    if (i > 0 && here !== '' && rows[i - 1]?.[0] === here) return 'continue';
    return rows[i + 1]?.[0] === here && here !== '' ? 'restart' : undefined;
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // The heading row repeats on every page a long table runs over, and stays with the first row.
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, true, true)) }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            // The first row is kept with the heading row, so a heading never ends a page on its own.
            children: headers.map((_, c) => cell(r[c] ?? '', false, false, c === 0 ? mergeOf(i) : undefined)),
          }),
      ),
    ],
  });
}

function render(block: Block, next: Block | undefined, language: Language): (Paragraph | Table)[] {
  const run = (text: string, bold?: boolean) => new TextRun({ text, ...(bold && { bold }), language });
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ children: [run(block.text)], heading: HeadingLevel.TITLE })];
    case 'heading':
      // A heading keeps with what follows it: no heading alone at the foot of a page.
      return [new Paragraph({ children: [run(block.text)], heading: HEADINGS[block.level], keepNext: true, keepLines: true })];
    case 'paragraph':
      return [
        new Paragraph({
          // A table's guidance line stays with the table, as its heading does.
          keepNext: !block.label && (next?.kind === 'table' || next?.kind === 'heading'),
          children: block.label ? [run(`${block.label}: `, true), run(block.text)] : [run(block.text)],
        }),
      ];
    case 'numbered':
      return [new Paragraph({ children: [run(`${block.number}  `), run(block.text)] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ children: [run(item)], bullet: { level: 0 } }));
    case 'table':
      // Word needs a paragraph between two tables, or it joins them into one.
      return [table(block, language), new Paragraph({})];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'language':
      return [];
  }
}

/** Each block's language: the outline's, until a language block changes it. */
function languages(outline: Outline): Map<Block, Language> {
  const byBlock = new Map<Block, Language>();
  let language: Language = { value: outline.lang ?? 'en-GB' };
  for (const block of outline.blocks) {
    if (block.kind === 'language') language = { value: block.lang };
    byBlock.set(block, language);
  }
  return byBlock;
}

/** What leads into a table (its headings and guidance): these go onto the table's page. */
function isLeadIn(block: Block): boolean {
  return block.kind === 'heading' || (block.kind === 'paragraph' && !block.label);
}

/**
 * Blocks grouped into page runs: portrait, except a table too wide for it, which goes onto a
 * landscape page together with the headings and guidance that lead into it.
 */
function pageRuns(blocks: readonly Block[]): { landscape: boolean; blocks: Block[] }[] {
  const runs: { landscape: boolean; blocks: Block[] }[] = [{ landscape: false, blocks: [] }];
  for (const block of blocks) {
    const current = runs.at(-1) as { landscape: boolean; blocks: Block[] };
    const wide = block.kind === 'table' && block.headers.length > PORTRAIT_MAX_COLUMNS;
    if (wide && !current.landscape) {
      let lead = current.blocks.length;
      while (lead > 0 && isLeadIn(current.blocks[lead - 1] as Block)) lead -= 1;
      runs.push({ landscape: true, blocks: [...current.blocks.splice(lead), block] });
    } else if (!wide && current.landscape) {
      runs.push({ landscape: false, blocks: [block] });
    } else {
      current.blocks.push(block);
    }
  }
  return runs.filter((r) => r.blocks.length > 0);
}

/** The outline as a Word document (.docx bytes): A4 portrait, landscape pages only for wide tables. */
export async function renderDocx(outline: Outline): Promise<Uint8Array> {
  const languageOf = languages(outline);
  const sections: ISectionOptions[] = pageRuns(outline.blocks).map((run) => ({
    properties: {
      page: {
        size: run.landscape
          ? { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }
          : { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
      },
    },
    children: run.blocks.flatMap((block, i) => render(block, run.blocks[i + 1], languageOf.get(block) ?? { value: 'en-GB' })),
  }));
  const doc = new Document({ title: outline.title, creator: 'LAPP for Teams', sections });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
