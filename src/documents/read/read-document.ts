import { DocumentError } from '../errors';
import { LIMITS } from '../limits';
import { readDocxDocument } from './docx-reader';
import type { SourceDocument } from './source';
import { decodeText, readTextDocument } from './text-reader';
import { looksLikeZip, notWordError } from './zip-guard';

const OLD_WORD = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Reads an uploaded LAPP: a Word document (.docx) or its text layout. Refuses, with a message
 * saying what to do, anything empty, too large, binary or not a Word document.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (bytes.length === 0) throw new DocumentError('empty', `"${fileName}" is empty. Choose the LAPP file again.`);
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new DocumentError(
      'too-large',
      `"${fileName}" is larger than ${LIMITS.maxFileBytes / (1024 * 1024)} MB. A LAPP is much smaller: remove pictures or save it as text and try again.`,
    );
  }
  if (looksLikeZip(bytes)) return readDocxDocument(bytes);
  if (/\.docx$/i.test(fileName)) throw notWordError();
  if (startsWith(bytes, OLD_WORD)) {
    throw new DocumentError('unsupported', 'This is an older Word document (.doc). Open it in Word, save it as .docx and import that.');
  }
  if (startsWith(bytes, PDF)) {
    throw new DocumentError('unsupported', 'This is a PDF. Import the LAPP as the Word document (.docx) it was made from.');
  }
  if (decodeText(bytes).trim() === '') throw new DocumentError('empty', `"${fileName}" has no text in it. Choose the LAPP file again.`);
  return readTextDocument(bytes);
}
