import { startDevServer, type RunningDevServer } from '../../src/server/dev-server';
import { responseBody } from '../../src/service/http/response-body';
import { createServiceStore, type ServiceStore } from '../../src/storage/service-client';

/**
 * The dev server in local mode over a fresh in-memory stand-in seeded with the sample councils:
 * the plan service at /api/v1 with its local issuers (the census office's tenant and each
 * sample council's). Stores speak to the service over real HTTP with signed tokens. The
 * stand-in counts resource units but, unless `env` says otherwise, never throttles: the tests
 * here are about rights, and read whole plans to prove nothing changed.
 */
export interface ServiceSite {
  readonly server: RunningDevServer;
  /** …/api/v1 */
  readonly apiUrl: string;
  /** A token for the service, from the person's own tenant's local issuer. */
  tokenFor(email: string, options?: { groups?: readonly string[] }): Promise<string>;
  /** The browser's store as this person, optionally over a recording fetch. */
  storeAs(email: string, fetchImpl?: typeof fetch): ServiceStore;
  /** One raw request to the service as this person (no token when email is null). */
  call(method: string, path: string, email: string | null, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function openServiceSite(options: { env?: NodeJS.ProcessEnv; today?: string } = {}): Promise<ServiceSite> {
  const server = await startDevServer({ port: 0, dataDir: ':memory:', distDir: '/nonexistent-dist', today: options.today ?? '2031-01-10', env: { STANDIN_RU_PER_MINUTE: 'unlimited', ...options.env } });
  const entra = server.entra!;
  const apiUrl = `${server.url}/api/v1`;
  const tokenFor = (email: string, o: { groups?: readonly string[] } = {}) => entra.tokenFor(email, undefined, o);
  return {
    server,
    apiUrl,
    tokenFor,
    storeAs: (email, fetchImpl) => createServiceStore({ baseUrl: apiUrl, getToken: () => tokenFor(email), fetchImpl }),
    async call(method, path, email, body, headers = {}) {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          ...(email ? { Authorization: `Bearer ${await tokenFor(email)}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await responseBody(res) };
    },
    close: () => server.close(),
  };
}
