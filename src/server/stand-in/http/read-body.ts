import type { IncomingMessage } from 'node:http';
import { GraphHttpError } from './reply';

/** Reads a request body up to a limit; a bigger one is refused with 413 rather than buffered. */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        reject(new GraphHttpError(413, 'requestTooLarge', `The request body is larger than ${limitBytes} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The JSON body, if the request carries one. */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const looksJson = /json/i.test(contentType ?? '') || (!contentType && /^\s*[[{]/.test(raw.subarray(0, 16).toString('utf8')));
  if (!looksJson) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}
