import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Shown instead of the app when `dist/` has not been built. */
const NOT_BUILT = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>LAPP for Teams: not built yet</title></head>
<body><main><h1>The app has not been built yet</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload this page.</p>
<p>The local SharePoint stand-in is already running at <code>/graph/v1.0</code>.</p></main></body></html>`;

function send(res: ServerResponse, status: number, type: string, body: Buffer | string, cache: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

/**
 * Serves the built app from `distDir`: files as they are (hashed bundles cached for good), any
 * other path without a file extension gets index.html so the app's own routes work on reload.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', 'no-store');
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://app.invalid').pathname);
  const root = path.resolve(distDir);
  const file = path.resolve(root, `.${pathname}`);
  const inside = file === root || file.startsWith(`${root}${path.sep}`);
  const index = path.join(root, 'index.html');
  if (inside && path.extname(file) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    const hashed = /\.[0-9a-f]{8,}\.(js|css)$/.test(file);
    send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  } else if (!inside || path.extname(pathname)) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found', 'no-store');
  } else if (fs.existsSync(index)) {
    send(res, 200, TYPES['.html']!, fs.readFileSync(index), 'no-cache');
  } else {
    send(res, 503, TYPES['.html']!, NOT_BUILT, 'no-store');
  }
}
