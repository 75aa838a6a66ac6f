import type { IncomingMessage } from 'node:http';
import { EdgeError } from './edge-error';

/** The largest JSON body a route takes unless it says otherwise: a plan's biggest row is far smaller. */
export const DEFAULT_JSON_LIMIT_BYTES = 1024 * 1024;

/** Reads the raw body, refusing with 413 as soon as it passes the limit rather than buffering it. */
export function readRawBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) {
      reject(tooLarge(limitBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        reject(tooLarge(limitBytes));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(limitBytes: number): EdgeError {
  return new EdgeError(413, 'requestTooLarge', `The request body is larger than the ${limitBytes} bytes this endpoint accepts.`);
}

/**
 * A route's JSON body: 415 when it is not declared as JSON, 400 with the parser's reason when it
 * is not valid JSON, 413 past the limit. An empty body is `undefined`.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes = DEFAULT_JSON_LIMIT_BYTES): Promise<unknown> {
  const raw = await readRawBody(req, limitBytes);
  if (raw.length === 0) return undefined;
  if (!/\bjson\b/i.test(req.headers['content-type'] ?? '')) {
    throw new EdgeError(415, 'unsupportedMediaType', 'The request body must be JSON, sent with Content-Type: application/json.');
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it could not be parsed';
    throw new EdgeError(400, 'invalidJson', `The request body is not valid JSON: ${reason}.`);
  }
}
