import { DocumentError } from '../errors';
import { say } from '../import/import-messages';
import type { SourceLine } from './source';

/**
 * Walks word/document.xml and keeps what a LAPP holds: body paragraphs and table rows
 * (w:tbl/w:tr/w:tc), each cell's paragraphs on their own lines. A scanner over tags is enough:
 * Word writes well-formed XML, and this runs both in the tab and in Node (which has no DOMParser).
 */

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

/** Subtrees whose text is not the document's: text boxes (buttons, callouts) and the copies Word keeps for old readers. */
const SKIPPED = new Set(['w:txbxContent', 'mc:Fallback', 'w:del', 'w:instrText']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference to no character ("&#x110000;", "&#0;") cannot come from Word: the file was damaged or hand-made. */
function character(code: number, whole: string): string {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  if (!valid) {
    throw new DocumentError('not-docx', say('import.error.brokenCharacter', { reference: whole.slice(0, 20) }));
  }
  return String.fromCodePoint(code);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return character(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return character(Number.parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

interface CellState {
  paragraphs: string[];
  span: number;
  /** A continuation of a vertically merged cell: it shows the text of the cell above. */
  mergedDown: boolean;
}

interface TableState {
  readonly number: number;
  readonly rows: (readonly string[])[];
  row: CellState[] | null;
  cell: CellState | null;
  /** The text of the previous row by grid column, for vertically merged cells. */
  previousByColumn: Map<number, string>;
}

/** The paragraphs and table rows of a document.xml, in reading order. */
export function readDocumentXml(xml: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  let paragraph: string[] | null = null;
  let inText = false;
  let skipDepth = 0;
  let skipName = '';

  const emitParagraph = (text: string): void => {
    const clean = text.replace(/\s+/g, ' ').trim();
    lines.push({ n: lines.length + 1, where: { kind: 'paragraph', paragraph: lines.length + 1 }, cells: null, text: clean });
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, attrs = '', selfClosing, text] = m;
    if (skipDepth > 0) {
      if (name === skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (name && SKIPPED.has(name) && !closing && !selfClosing) {
      skipDepth = 1;
      skipName = name;
      continue;
    }
    const table = tables.at(-1);
    if (text !== undefined || cdata !== undefined) {
      if (inText && paragraph) paragraph.push(decodeEntities(text ?? cdata ?? ''));
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p' && paragraph) {
        const content = paragraph.join('');
        paragraph = null;
        if (table?.cell) table.cell.paragraphs.push(content.trim());
        else if (!table) emitParagraph(content);
      } else if (name === 'w:tc' && table?.cell && table.row) {
        table.row.push(table.cell);
        table.cell = null;
      } else if (name === 'w:tr' && table?.row) {
        table.rows.push(finishRow(table, table.row));
        table.row = null;
      } else if (name === 'w:tbl' && table) {
        tables.pop();
        const parent = tables.at(-1);
        if (parent?.cell) {
          // A table inside a cell: its rows become lines of that cell.
          parent.cell.paragraphs.push(...table.rows.map((r) => r.filter(Boolean).join(' ')));
        } else {
          table.rows.forEach((cells, i) => {
            lines.push({ n: lines.length + 1, where: { kind: 'table', table: table.number, row: i + 1 }, cells, text: cells.join('\t'), tableRow: i + 1 });
          });
        }
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (!selfClosing) paragraph = [];
        else if (!table) emitParagraph('');
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
      case 'w:ptab':
        paragraph?.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        paragraph?.push('\n');
        break;
      case 'w:noBreakHyphen':
        paragraph?.push('-');
        break;
      case 'w:sym':
        paragraph?.push(character(Number.parseInt(attribute(attrs, 'w:char') ?? '20', 16) & 0xffff || 0x20, 'w:sym'));
        break;
      case 'w:tbl':
        tableCount += 1;
        tables.push({ number: tableCount, rows: [], row: null, cell: null, previousByColumn: new Map() });
        break;
      case 'w:tr':
        if (table) table.row = [];
        break;
      case 'w:tc':
        if (table) table.cell = { paragraphs: [], span: 1, mergedDown: false };
        break;
      case 'w:gridSpan':
        if (table?.cell) table.cell.span = Math.max(1, Number.parseInt(attribute(attrs, 'w:val') ?? '1', 10) || 1);
        break;
      case 'w:vMerge':
        if (table?.cell) table.cell.mergedDown = (attribute(attrs, 'w:val') ?? 'continue') === 'continue';
        break;
      default:
        break;
    }
  }
  return lines;
}

function finishRow(table: TableState, cells: readonly CellState[]): string[] {
  const texts: string[] = [];
  const byColumn = new Map<number, string>();
  let column = 0;
  for (const cell of cells) {
    const own = cell.paragraphs.join('\n').replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    const text = cell.mergedDown ? (table.previousByColumn.get(column) ?? '') : own;
    texts.push(text);
    byColumn.set(column, text);
    column += cell.span;
  }
  table.previousByColumn = byColumn;
  return texts;
}
