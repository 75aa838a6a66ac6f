import { DocumentError } from '../errors';
import { say } from '../import/import-messages';
import { stripInlineFormatting } from '../template-knowledge';
import type { SourceDocument, SourceLine } from './source';

/** Control characters other than tab, newline and carriage return: text files do not contain them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Decodes UTF-8 text, refusing what is not text (a NUL, bad UTF-8, many control characters). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw notText();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length / 1000) throw notText();
  return text.replace(/^\uFEFF/, '');
}

function notText(): DocumentError {
  return new DocumentError('binary', say('import.error.binary'));
}

/**
 * The text layout of a LAPP: one paragraph per line, table rows as tab-separated cells. A line
 * with a tab is a table row; anything else is a paragraph.
 */
export function readTextDocument(bytes: Uint8Array): SourceDocument {
  const text = decodeText(bytes);
  const lines: SourceLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => {
    const clean = stripInlineFormatting(raw);
    const cells = clean.includes('\t') ? clean.split('\t').map((c) => c.trim()) : null;
    return { n: i + 1, where: { kind: 'line', line: i + 1 }, cells, text: cells ? cells.join('\t') : clean.trim() };
  });
  return { format: 'text', lines };
}
