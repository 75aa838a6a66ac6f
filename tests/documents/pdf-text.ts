/**
 * The text of a PDF written by LibreOffice, for tests. `pdftotext` is used when the machine has
 * it; otherwise this small reader does: it inflates the content streams and maps each font's
 * glyph codes back to text through the font's ToUnicode table — enough for LibreOffice's output,
 * not a general PDF parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { inflateSync, constants } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      found.set(Number(m[1]), { dict: body });
      continue;
    }
    const start = (m.index ?? 0) + m[0].indexOf(body) + at + 'stream'.length;
    const dataStart = pdf[start] === 0x0d ? start + 2 : start + 1;
    const end = text.indexOf('endstream', dataStart);
    const raw = pdf.subarray(dataStart, end);
    const dict = body.slice(0, at);
    const stream = dict.includes('/FlateDecode') ? inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }) : raw;
    found.set(Number(m[1]), { dict, stream });
  }
  return found;
}

type CMap = Map<number, string>;

function hexToText(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function parseCMap(source: string): { map: CMap; bytes: number } {
  const map: CMap = new Map();
  const space = /begincodespacerange\s*<([0-9a-f]+)>/i.exec(source);
  const bytes = space ? (space[1] ?? '').length / 2 : 1;
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(Number.parseInt(m[1] ?? '', 16), hexToText(m[2] ?? ''));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      const lo = Number.parseInt(m[1] ?? '', 16);
      const hi = Number.parseInt(m[2] ?? '', 16);
      const first = Number.parseInt(m[3] ?? '', 16);
      for (let c = lo; c <= hi; c += 1) map.set(c, String.fromCharCode(first + c - lo));
    }
  }
  return { map, bytes };
}

function decode(hex: string, cmap: { map: CMap; bytes: number } | undefined): string {
  const width = (cmap?.bytes ?? 1) * 2;
  let out = '';
  for (let i = 0; i + width <= hex.length; i += width) {
    const code = Number.parseInt(hex.slice(i, i + width), 16);
    out += cmap?.map.get(code) ?? String.fromCharCode(code);
  }
  return out;
}

function fontsOf(all: Map<number, PdfObject>): Map<string, { map: CMap; bytes: number }> {
  const fonts = new Map<string, { map: CMap; bytes: number }>();
  for (const obj of all.values()) {
    for (const m of obj.dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = all.get(Number(m[2]));
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font?.dict ?? '')?.[1];
      const cmap = toUnicode ? all.get(Number(toUnicode))?.stream : undefined;
      if (cmap) fonts.set(m[1] ?? '', parseCMap(cmap.toString('latin1')));
    }
  }
  return fonts;
}

function streamText(content: string, fonts: Map<string, { map: CMap; bytes: number }>): string {
  const lines: string[] = [];
  let font: string | undefined;
  for (const m of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b|\bT[dD*]\b/g)) {
    if (m[1]) font = m[1];
    else if (m[2] !== undefined) lines.push([...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1] ?? '', fonts.get(font ?? ''))).join(''));
    else if (m[3] !== undefined) lines.push(decode(m[3], fonts.get(font ?? '')));
    else lines.push('\n');
  }
  return lines.join(' ');
}

/** One printed page: its size in points and its text, whitespace collapsed. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** The PDF's pages in order, each with its size and text (LibreOffice's output, as above). */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const all = objects(pdf);
  const fonts = fontsOf(all);
  const root = [...all.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\s/.test(o.dict));
  const order = [...(/\/Kids\s*\[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const inherited = /\/MediaBox\s*\[([^\]]*)\]/.exec(root?.dict ?? '')?.[1];
  return order.map((n) => {
    const page = all.get(n);
    const box = (/\/MediaBox\s*\[([^\]]*)\]/.exec(page?.dict ?? '')?.[1] ?? inherited ?? '0 0 0 0').trim().split(/\s+/).map(Number);
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    const text = contents.map((c) => streamText(all.get(c)?.stream?.toString('latin1') ?? '', fonts)).join(' ');
    return { width: (box[2] ?? 0) - (box[0] ?? 0), height: (box[3] ?? 0) - (box[1] ?? 0), text: text.replace(/\s+/g, ' ').trim() };
  });
}

/** Every text stream's words in object order: the fallback when `pdftotext` is missing. */
function readWithParser(pdf: Buffer): string {
  const all = objects(pdf);
  const fonts = fontsOf(all);
  return [...all.values()]
    .map((obj) => obj.stream?.toString('latin1') ?? '')
    .filter((content) => /\bBT\b/.test(content))
    .map((content) => streamText(content, fonts))
    .join(' ');
}

/** Whether `pdftotext` (poppler) is on this machine. */
export function hasPdfToText(): boolean {
  return spawnSync('which', ['pdftotext']).status === 0;
}

/** The PDF's text with whitespace collapsed, so a heading that wraps still reads as one line. */
export function pdfText(file: string, pdf: Buffer): string {
  const text = hasPdfToText() ? execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8') : readWithParser(pdf);
  return text.replace(/\s+/g, ' ');
}
