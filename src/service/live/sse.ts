import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveHub, StreamEvent } from './live-hub';

/** A comment line often enough that proxies (App Service closes idle ones after 230 s) keep the stream. */
export const HEARTBEAT_MS = 20_000;
/** How long a browser waits before reconnecting after the stream ends. */
const RETRY_MS = 2000;

function frame(event: StreamEvent): string {
  const lines = event.id === undefined ? [] : [`id: ${event.id}`];
  lines.push(`event: ${event.type}`, `data: ${JSON.stringify(event.data)}`);
  return `${lines.join('\n')}\n\n`;
}

/** For a first connection: `?since=` (ms since 1970), when the browser read the plan. */
export function sinceFrom(url: URL): number | undefined {
  const raw = url.searchParams.get('since');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return undefined;
  return Number(raw);
}

/** The id to catch up from: the `Last-Event-ID` header a reconnect sends, else `?cursor=`. */
export function catchUpFrom(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers['last-event-id'];
  const value = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('cursor') ?? undefined;
  return value === '' ? undefined : value;
}

/** Whether an event may change who may read the plan: its header written, or a resync (a row gone, perhaps the header). */
function mayChangeReaders(event: StreamEvent): boolean {
  if (event.type === 'resync') return true;
  if (event.type !== 'change') return false;
  const changes = (event.data as { changes?: readonly { kind: string; row?: { section?: string }; section?: string }[] }).changes ?? [];
  return changes.some((c) => (c.kind === 'upsert' ? c.row?.section === 'plan' : c.section === 'plan'));
}

/**
 * Answers `GET /api/v1/plans/{planId}/events` as Server-Sent Events, once the caller's right to
 * read the plan is checked: headers, then the hub's events until the browser goes away. A stream
 * outlives the check that opened it, so each change to the plan's header (who it names) asks
 * `stillMayRead` again before anything more is sent, in order: someone taken off the plan has
 * the stream ended, and the browser's reconnect then meets the 404 anyone else does.
 */
export async function streamPlanEvents(
  req: IncomingMessage,
  res: ServerResponse,
  hub: LiveHub,
  planId: string,
  afterId: string | undefined,
  sinceMs?: number,
  stillMayRead: () => Promise<boolean> = async () => true,
): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // Nginx and some proxies buffer answers unless told not to.
    'X-Accel-Buffering': 'no',
  });
  res.write(`retry: ${RETRY_MS}\n\n`);
  let queue = Promise.resolve();
  const write = (event: StreamEvent) => {
    queue = queue.then(async () => {
      if (res.writableEnded) return;
      if (mayChangeReaders(event) && !(await stillMayRead().catch(() => false))) {
        res.end();
        return;
      }
      if (!res.writableEnded) res.write(frame(event));
    });
  };
  let stream: { close(): Promise<void> };
  try {
    stream = await hub.open(planId, afterId, write, sinceMs);
  } catch {
    res.end();
    return;
  }
  const heartbeat = setInterval(() => !res.writableEnded && res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref?.();
  const end = () => {
    clearInterval(heartbeat);
    void stream.close();
  };
  if (req.destroyed || res.destroyed) end();
  res.once('close', end);
}
