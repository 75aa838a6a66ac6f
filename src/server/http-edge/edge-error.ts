import type { ServerResponse } from 'node:http';

/**
 * A request the edge (or a route behind it) refuses, answered as `{ error: { code, message } }`
 * with the status given. Routes throw it; the edge turns it into the answer.
 */
export class EdgeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EdgeError';
  }
}

/** Writes an error answer unless one has already started; a half-sent answer is cut instead. */
export function sendEdgeError(res: ServerResponse, error: EdgeError, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  res.writeHead(error.status, {
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
