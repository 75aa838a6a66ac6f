import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { FaultCounts } from './fault-counter';

/**
 * One plan-service instance's connections to SharePoint (the stand-in), as a small proxy that
 * counts the faults the stand-in injected and can be cut. Cutting it is what a crashed process
 * does to its own requests: every one on the wire is torn down, whether SharePoint had committed
 * it or not, and the dead instance can never send another.
 */
export interface SharePointLink {
  /** Where the instance reaches SharePoint, e.g. http://127.0.0.1:41234 (the stand-in's paths below it). */
  readonly url: string;
  /** Requests torn down by the cut. */
  readonly cutInFlight: number;
  cut(): Promise<void>;
}

export async function openSharePointLink(target: string, counts: FaultCounts): Promise<SharePointLink> {
  const to = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let cutInFlight = 0;
  let isCut = false;
  const server = http.createServer((req, res) => {
    counts.requests++;
    inFlight++;
    res.on('close', () => inFlight--);
    const upstream = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      if (answer.statusCode === 429 || answer.statusCode === 503) counts.throttled++;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    // The stand-in dropped the connection: the service must see the same.
    upstream.on('error', () => {
      if (!isCut) counts.dropped++;
      res.destroy();
    });
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get cutInFlight() {
      return cutInFlight;
    },
    cut: () =>
      new Promise<void>((resolve) => {
        isCut = true;
        cutInFlight = inFlight;
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        agent.destroy();
      }),
  };
}
