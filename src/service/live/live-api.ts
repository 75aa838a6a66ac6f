import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyRow, Plan, RowSectionId } from '../../plan';
import type { LivePerson } from '../../storage/live-events';
import { toApiError } from '../api/errors';
import { sendError } from '../http/json';
import type { Principal } from '../identity/principal';
import type { TokenVerifier } from '../identity/token-verifier';
import type { ServiceAccess } from '../config';
import { isManager, roleIn } from '../rights/access';
import { handleRollupRoute } from '../rollup';
import type { LiveHub } from './live-hub';
import { currentCaller } from './live-store';
import { handleLiveRoute } from './routes';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface LiveApiOptions {
  readonly hub: LiveHub;
  readonly verify: TokenVerifier;
  readonly access: ServiceAccess;
  /** The plan's header as the service reads it (open plans' headers come from the hub). */
  findHeader(planId: string): Promise<AnyRow | undefined>;
  /** The plan of a row (a meeting, the row an agenda item is about), as the service knows it. */
  planOfRow(section: string, key: string): Promise<string | undefined>;
  loadPlansWithSections(sections: readonly RowSectionId[]): Promise<Plan[]>;
}

const LIVE_PATHS = /^\/api\/v1\/(plans\/[^/]+\/(events|presence)|rollup)$/;

function personOf(principal: Principal): LivePerson {
  return { email: principal.email, displayName: principal.displayName };
}

/**
 * The plan service's handler with its live side: the event stream, presence and the roll-up
 * answered here (token first, then the service's rights rules), every other API request by the
 * service's own handler, each with the caller at hand so the writes it makes are announced as
 * theirs.
 */
export function withLiveApi(api: Handler, options: LiveApiOptions): Handler {
  const { hub, verify, access } = options;
  return (req, res) => {
    let caller: Promise<LivePerson | undefined> | undefined;
    const who = () => (caller ??= verify(req.headers.authorization).then(personOf, () => undefined));
    return currentCaller.run(who, () => {
      const url = new URL(req.url ?? '/', 'http://service.invalid');
      if (!LIVE_PATHS.test(url.pathname)) return api(req, res);
      void (async () => {
        const principal = await verify(req.headers.authorization);
        const canRead = async (planId: string) => {
          const header = await options.findHeader(planId);
          return !!header && header.key === planId && roleIn(access, principal, header.values) !== undefined;
        };
        if (await handleLiveRoute(req, res, url, { hub, caller: personOf(principal), canRead, planOfRow: (section, key) => options.planOfRow(section, key) })) return;
        await handleRollupRoute(req, res, url, {
          mayReadRollup: async () => isManager(access, principal),
          loadPlansWithSections: (sections) => options.loadPlansWithSections(sections),
        });
      })().catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else sendError(res, toApiError(error));
      });
      return true;
    });
  };
}
