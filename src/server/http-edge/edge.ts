import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../security-headers';
import { applyCors } from './cors';
import { EdgeError, sendEdgeError } from './edge-error';
import { checkDeclaredLength, checkHost, checkRequestLine, hostNameOf } from './request-checks';

/** Enough for a Word export through the stand-in's simple upload, with room for the JSON around it. */
export const DEFAULT_MAX_BODY_BYTES = 26 * 1024 * 1024;

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

export interface EdgeOptions {
  /** Host names (no port) the server answers for, besides localhost and the loopback addresses. */
  readonly allowedHosts?: readonly string[];
  /** Origins allowed to call cross-origin, besides the server's own (e.g. the tab's HTTPS origin). */
  readonly allowedOrigins?: readonly string[];
  /** The largest body any route accepts; routes may take less. */
  readonly maxBodyBytes?: number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function internalError(error: unknown): EdgeError {
  // Never log the request: its URL and body may hold people's names and emails.
  console.error('[http-edge] a request failed unexpectedly:', error instanceof Error ? error.stack : String(error));
  return new EdgeError(500, 'internalError', 'The server could not complete this request.');
}

/**
 * The one front door of every HTTP server in this repository (the dev server with the app, the
 * plan service and the stand-in; the stand-in on its own port): security headers on every
 * answer, the Host header and request line checked, a ceiling on bodies, CORS for the app's own
 * origin only, and no failure of a route — thrown or rejected — can stop the process.
 */
export function withEdge(listener: Listener, options: EdgeOptions = {}): RequestListener {
  const hosts = new Set([...LOOPBACK_HOSTS, ...(options.allowedHosts ?? []).map((h) => h.toLowerCase())]);
  const origins = new Set((options.allowedOrigins ?? []).map((o) => o.toLowerCase().replace(/\/$/, '')));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    // An aborted upload or a reset socket must not become an unhandled 'error' event.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const fail = (error: unknown) => {
      if (req.readableEnded || req.destroyed) sendEdgeError(res, error instanceof EdgeError ? error : internalError(error));
      else {
        // Answer first, then drain what is left of the body so the connection can be reused or closed cleanly.
        sendEdgeError(res, error instanceof EdgeError ? error : internalError(error), { Connection: 'close' });
        req.resume();
      }
    };
    try {
      checkRequestLine(req);
      checkHost(req, hosts);
      checkDeclaredLength(req, maxBodyBytes);
      if (applyCors(req, res, origins)) return;
      const result = listener(req, res);
      if (result) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** Hosts an origin setting names, for the Host check (e.g. LAPP_TAB_ORIGIN). */
export function hostsOfOrigins(origins: readonly (string | undefined)[]): string[] {
  return origins.flatMap((origin) => {
    if (!origin) return [];
    try {
      const name = hostNameOf(new URL(origin).host);
      return name ? [name] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Server-wide limits: a malformed request line or header block gets a plain 400 (never a crash),
 * a request must arrive whole within a minute, and idle keep-alive sockets are closed.
 */
export function hardenServer(server: Server): Server {
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
