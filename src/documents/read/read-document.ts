import { DocumentError } from '../errors';
import { say } from '../import/import-messages';
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
  if (bytes.length === 0) throw new DocumentError('empty', say('import.error.empty', { file: fileName }));
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new DocumentError('too-large', say('documents.import.tooLarge', { file: fileName, limit: LIMITS.maxFileBytes / (1024 * 1024) }));
  }
  if (looksLikeZip(bytes)) return readDocxDocument(bytes);
  if (/\.docx$/i.test(fileName)) throw notWordError();
  if (startsWith(bytes, OLD_WORD)) {
    throw new DocumentError('unsupported', say('import.error.oldWord'));
  }
  if (startsWith(bytes, PDF)) {
    throw new DocumentError('unsupported', say('import.error.pdf'));
  }
  if (decodeText(bytes).trim() === '') throw new DocumentError('empty', say('import.error.noText', { file: fileName }));
  return readTextDocument(bytes);
}
