import JSZip from 'jszip';
import { DocumentError } from '../errors';
import { say } from '../import/import-messages';
import { LIMITS } from '../limits';
import { readDocumentXml } from './docx-xml';
import type { SourceDocument } from './source';
import { inspectZip, notWordError, tooBigError } from './zip-guard';

const DOCUMENT_PART = 'word/document.xml';

/**
 * A Word document's paragraphs and tables. The zip's directory is checked before anything is
 * inflated, and the document part is inflated as a stream that stops at the limit, because the
 * sizes a zip declares can lie.
 */
export async function readDocxDocument(bytes: Uint8Array): Promise<SourceDocument> {
  const entries = inspectZip(bytes);
  if (!entries.some((e) => e.name === DOCUMENT_PART)) {
    throw new DocumentError('not-docx', say('import.error.noBody'));
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw notWordError();
  }
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw notWordError();
  const xml = await inflateCapped(part, LIMITS.maxDocumentXmlBytes);
  return { format: 'docx', lines: readDocumentXml(xml) };
}

/** JSZip documents `internalStream` (a pausable inflating stream) but its typings omit it. */
type StreamingPart = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

function inflateCapped(part: JSZip.JSZipObject, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let stopped = false;
    const stream = (part as unknown as StreamingPart).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        total += chunk.length;
        if (total > maxBytes) {
          stopped = true;
          stream.pause();
          reject(tooBigError());
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        if (!stopped) reject(notWordError());
        stopped = true;
      })
      .on('end', () => {
        if (stopped) return;
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        try {
          resolve(new TextDecoder('utf-8', { fatal: true }).decode(all));
        } catch {
          reject(notWordError());
        }
      })
      .resume();
  });
}
