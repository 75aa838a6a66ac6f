import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error';

/** Row writes are small; a whole signed plan goes to the service as rows, never in one body. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const API_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...API_HEADERS, ...(payload ? { 'Content-Length': String(payload.length) } : {}), ...headers });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message, ...error.detail } }, error.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
}

/** The request's JSON body: 413 past the limit, 400 if it is not a JSON object. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT_BYTES) throw new ApiError(413, 'tooLarge', `The request body is over ${BODY_LIMIT_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) throw new ApiError(413, 'tooLarge', `The request body is over ${BODY_LIMIT_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'badJson', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'badJson', 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** Documents (Word exports) are bigger than row writes; the same limit the import takes. */
export const DOCUMENT_LIMIT_BYTES = 10 * 1024 * 1024;

/** The raw request body, up to `limit` bytes (413 past it). */
export async function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new ApiError(413, 'tooLarge', `The request body is over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ApiError(413, 'tooLarge', `The request body is over ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
