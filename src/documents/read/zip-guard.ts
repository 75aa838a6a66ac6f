import { DocumentError } from '../errors';
import { say } from '../import/import-messages';
import { LIMITS } from '../limits';

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/** Whether the bytes start like a zip file (local file header "PK\3\4"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The error for bytes that claim to be, but cannot be opened as, a Word document. */
export function notWordError(): DocumentError {
  return new DocumentError('not-docx', say('import.error.notWord'));
}

/** The error for a Word document that would unpack beyond the limits. */
export function tooBigError(): DocumentError {
  return new DocumentError('too-big-unpacked', say('import.error.tooBigUnpacked', { limit: LIMITS.maxUnpackedBytes / (1024 * 1024) }));
}

/**
 * Reads a zip's central directory — names and declared sizes — without inflating anything, and
 * refuses archives that would unpack beyond the limits (a "zip bomb") before any inflation starts.
 */
export function inspectZip(bytes: Uint8Array): readonly ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw notWordError();
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset === ZIP64_MARK || count === 0xffff) throw tooBigError();
  if (count > LIMITS.maxZipEntries) throw tooBigError();
  const entries: ZipEntryInfo[] = [];
  const names = new TextDecoder();
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw notWordError();
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK) throw tooBigError();
    total += uncompressedSize;
    if (total > LIMITS.maxUnpackedBytes) throw tooBigError();
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}
