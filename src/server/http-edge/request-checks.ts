import type { IncomingMessage } from 'node:http';
import { EdgeError } from './edge-error';

/** Longer URLs are refused with 414: no route of ours needs more, and Graph's own limit is similar. */
export const MAX_URL_LENGTH = 8 * 1024;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'MERGE']);
/** A `%` not followed by two hex digits: no decoder can read it. */
const BROKEN_ESCAPE = /%(?![0-9a-f]{2})/i;

/**
 * The request line, checked before any route sees it: a known method, an origin-form URL of a
 * sane length whose percent-escapes decode to valid UTF-8 with no NUL. Every route can then
 * decode its path without a try/catch of its own.
 */
export function checkRequestLine(req: IncomingMessage): void {
  const method = req.method ?? '';
  if (!METHODS.has(method)) throw new EdgeError(405, 'methodNotAllowed', `The method ${method.slice(0, 16)} is not supported here.`);
  const url = req.url ?? '';
  if (url.length > MAX_URL_LENGTH) throw new EdgeError(414, 'uriTooLong', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  if (method === 'OPTIONS' && url === '*') return;
  if (!url.startsWith('/') || url.startsWith('//')) throw new EdgeError(400, 'badUrl', 'The request URL must be a path on this server, starting with a single "/".');
  if (BROKEN_ESCAPE.test(url)) throw new EdgeError(400, 'badUrl', 'The request URL has a "%" that is not followed by two hexadecimal digits.');
  const pathEnd = url.search(/[?#]/);
  const rawPath = pathEnd === -1 ? url : url.slice(0, pathEnd);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new EdgeError(400, 'badUrl', 'The request URL\'s percent-escapes do not spell valid UTF-8.');
  }
  if (decoded.includes('\0')) throw new EdgeError(400, 'badUrl', 'The request URL contains a NUL character.');
}

/** A declared body past the server's ceiling is refused before a byte of it is read. */
export function checkDeclaredLength(req: IncomingMessage, maxBodyBytes: number): void {
  const declared = req.headers['content-length'];
  if (declared === undefined) return;
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) throw new EdgeError(400, 'badRequest', 'The Content-Length header is not a whole number of bytes.');
  if (length > maxBodyBytes) throw new EdgeError(413, 'requestTooLarge', `The request body is larger than the ${maxBodyBytes} bytes this server accepts.`);
}

/** The host name a Host header names, without the port; IPv6 literals keep no brackets. */
export function hostNameOf(hostHeader: string): string | undefined {
  const m = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i.exec(hostHeader.trim());
  return (m?.[1] ?? m?.[2])?.toLowerCase();
}

/**
 * Only the host names this server is meant to be reached by: a foreign Host header is how DNS
 * rebinding reaches a server on localhost, and how a misrouted proxy would mint wrong links.
 */
export function checkHost(req: IncomingMessage, allowedHosts: ReadonlySet<string>): void {
  const header = req.headers.host;
  const name = header ? hostNameOf(header) : undefined;
  if (!name) throw new EdgeError(400, 'badHost', 'The request needs a valid Host header.');
  if (!allowedHosts.has(name)) {
    throw new EdgeError(421, 'misdirectedRequest', `This server does not answer for the host "${name.slice(0, 64)}"; set LAPP_ALLOWED_HOSTS to add it.`);
  }
}
