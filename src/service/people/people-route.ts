import type { IncomingMessage, ServerResponse } from 'node:http';
import { toApiError } from '../api/errors';
import type { ServiceAccess } from '../config';
import { ApiError, refuse } from '../http/api-error';
import { sendError, sendJson } from '../http/json';
import type { TokenVerifier } from '../identity/token-verifier';
import { mayStartPlans } from '../rights/access';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** One Graph GET with the service's app token: the status and the parsed body. */
export type GraphGet = (path: string) => Promise<{ status: number; body: any }>;

/** A person the directory found, as the people picker offers them. */
export interface DirectoryPerson {
  readonly name: string;
  readonly email: string;
  readonly jobTitle?: string;
}

const PATH = '/api/v1/people';
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Up to ten people of the site's tenant whose name or address starts with `text` (Graph `/users`). */
export async function searchDirectory(graph: GraphGet, text: string): Promise<DirectoryPerson[]> {
  const filter = `startswith(displayName,${quoted(text)}) or startswith(mail,${quoted(text)})`;
  const answer = await graph(`/users?$filter=${encodeURIComponent(filter)}&$select=displayName,mail,jobTitle&$top=10`);
  if (answer.status === 401 || answer.status === 403) {
    // The app's registration lacks the directory permission: the operator has to grant it, so say so in the log.
    console.error(`[plan service] Graph refused people search (${answer.status} ${String(answer.body?.error?.code ?? '')}): grant the app the User.Read.All application permission.`);
    throw new ApiError(503, 'directoryNotGranted', 'The directory cannot be searched until an administrator grants the app User.Read.All; choose from the plan’s own people.');
  }
  if (answer.status >= 300) throw new ApiError(503, 'directoryUnavailable', 'The directory could not be searched just now; choose from the plan’s own people.');
  const users = (answer.body?.value ?? []) as { displayName?: string; mail?: string | null; jobTitle?: string | null }[];
  return users
    .filter((u): u is { displayName: string; mail: string; jobTitle?: string | null } => Boolean(u.displayName && u.mail))
    .map((u) => ({ name: u.displayName, email: u.mail.toLowerCase(), ...(u.jobTitle && { jobTitle: u.jobTitle }) }));
}

/**
 * `GET /api/v1/people?search=…`: directory search for the people picker. Only the census office's
 * own people (the site's tenant) may search its directory: names and addresses there are not the
 * councils' to browse, so anyone else gets 403 and picks from the plan's own people.
 */
export function withPeopleApi(api: Handler, options: { verify: TokenVerifier; access: ServiceAccess; graph: GraphGet }): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    if (url.pathname !== PATH) return api(req, res);
    void (async () => {
      const principal = await options.verify(req.headers.authorization);
      if ((req.method ?? 'GET').toUpperCase() !== 'GET') throw new ApiError(405, 'methodNotAllowed', `${req.method} is not allowed here; use GET.`);
      if (!mayStartPlans(options.access, principal)) throw refuse.forbidden("The census office's directory is searched by its own people only.");
      const text = (url.searchParams.get('search') ?? '').trim();
      if (text.length < 2 || text.length > 64) throw refuse.badRequest('"search" must be 2 to 64 characters.');
      sendJson(res, 200, { value: await searchDirectory(options.graph, text) });
    })().catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendError(res, toApiError(error));
    });
    return true;
  };
}
