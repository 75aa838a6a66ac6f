import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../security-headers';
import { GRAPH_AUDIENCE, LOCAL_API_AUDIENCE, type LocalEntra } from './local-entra';

export const LOCAL_ENTRA_PATH = '/_entra';
const KEYS = new RegExp(`^${LOCAL_ENTRA_PATH}/([0-9a-f-]{36})/discovery/v2\\.0/keys$`);
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** A permission as a client asks for it: "Sites.Manage.All" or with its resource in front. */
const SCOPE = /^(https:\/\/[\w.-]+\/)?[A-Za-z][\w.]{0,99}$/;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The local Entra stand-in's HTTP face, mounted by the dev server in local mode only: each
 * tenant's JWKS, and `POST /_entra/token {"email", "audience"?: "graph", "scopes"?: [...]}` — the "Local demo" switcher's sign-in, a
 * signed token for the plan service as the chosen sample person. Never mounted with a tenant.
 */
export function createLocalEntraRoutes(entra: LocalEntra) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (pathname !== LOCAL_ENTRA_PATH && !pathname.startsWith(`${LOCAL_ENTRA_PATH}/`)) return false;
    const keys = KEYS.exec(pathname);
    if (keys && req.method === 'GET') {
      const issuer = entra.issuerFor(keys[1]!);
      reply(res, issuer ? 200 : 404, issuer ? issuer.jwks() : { error: { code: 'notFound', message: 'No such local tenant.' } });
      return true;
    }
    if (pathname === `${LOCAL_ENTRA_PATH}/token` && req.method === 'POST') {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= 4096) chunks.push(c);
      });
      req.on('end', () => {
        let email: unknown;
        let audience: unknown;
        let scopes: unknown;
        try {
          if (size <= 4096) ({ email, audience, scopes } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { email?: unknown; audience?: unknown; scopes?: unknown });
        } catch {
          email = undefined;
        }
        if (typeof email !== 'string' || !EMAIL.test(email)) {
          reply(res, 400, { error: { code: 'badRequest', message: 'Send {"email": "<a sample person\'s address>"}.' } });
          return;
        }
        if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((x) => typeof x === 'string' && SCOPE.test(x)))) {
          reply(res, 400, { error: { code: 'badRequest', message: '"scopes" must be a list of permission names, e.g. ["https://graph.microsoft.com/Sites.Manage.All"].' } });
          return;
        }
        const graph = audience === 'graph';
        entra.tokenFor(email, graph ? GRAPH_AUDIENCE : LOCAL_API_AUDIENCE, graph && scopes ? { scopes: scopes as string[] } : {}).then(
          (token) => reply(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 3600 }),
          () => reply(res, 500, { error: { code: 'internal', message: 'The local issuer could not sign a token.' } }),
        );
      });
      return true;
    }
    reply(res, 404, { error: { code: 'notFound', message: 'The local Entra stand-in serves /_entra/token and each tenant\'s keys.' } });
    return true;
  };
}
