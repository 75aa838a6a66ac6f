import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hardenServer, withEdge } from '../../src/server/http-edge';
import type { LocalEntra } from '../../src/server/local-entra/local-entra';
import { localServiceSetup, type ServiceSetup } from '../../src/server/plan-service-setup';
import { API_BASE_PATH } from '../../src/service';

/** A plan service of local mode on an HTTP server of its own, in front of a stand-in it reaches over HTTP. */
export interface PlanServiceServer {
  readonly server: http.Server;
  readonly setup: ServiceSetup;
  /** e.g. http://127.0.0.1:41234/api/v1 */
  readonly apiBase: string;
  /** Requests it is answering now. */
  inFlight(): number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The service as `npm start` sets it up in local mode (tokens from `entra` checked, the sample CEM
 * the site owner, the sample manager), but apart from the stand-in, so it can be stopped and
 * started on its own. `port` 0 picks one; a port just given up is waited for.
 */
export async function listenPlanService(entra: LocalEntra, graphBaseUrl: string, siteId: string, port = 0): Promise<PlanServiceServer> {
  // A clean environment: the defaults of local mode, whatever the shell running this has set.
  const setup = localServiceSetup(entra, graphBaseUrl, siteId, {});
  let inFlight = 0;
  const server = hardenServer(
    http.createServer(
      withEdge((req, res) => {
        inFlight++;
        res.on('close', () => inFlight--);
        if (setup.handler(req, res)) return;
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'notFound', message: `The plan service answers under ${API_BASE_PATH}.` } }));
      }),
    ),
  );
  for (let tries = 0; ; tries++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || tries >= 50) throw error;
      await wait(100);
    }
  }
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_BASE_PATH}`;
  return { server, setup, apiBase, inFlight: () => inFlight };
}
