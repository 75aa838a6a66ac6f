import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyRow, PlanPeople, PlanSummary, Role } from '../../plan';
import { toApiError } from '../api/errors';
import type { ServiceAccess } from '../config';
import { ApiError, refuse } from '../http/api-error';
import { readJsonObject, sendError, sendJson } from '../http/json';
import type { Principal } from '../identity/principal';
import type { TokenVerifier } from '../identity/token-verifier';
import { roleIn } from '../rights/access';
import { signatureRequests } from './derive';
import { isNotificationKind, kindsReaching, NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { NotificationsSetup } from './on-write';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface NotificationsApiOptions {
  readonly verify: TokenVerifier;
  readonly access: ServiceAccess;
  readonly notifications: NotificationsSetup;
  /** The plan's header as the service reads it; undefined when there is no such plan. */
  findHeader(planId: string): Promise<AnyRow | undefined>;
  /** Every plan of the site with its header, for the caller's roles across the plans they have. */
  listPlans(): Promise<readonly PlanSummary[]>;
}

const SIGN_REQUEST = /^\/api\/v1\/plans\/([^/]+)\/signature-requests$/;
const SETTINGS = '/api/v1/me/notification-settings';
const DIGEST = '/api/v1/me/digest';
const DIGEST_SEEN = '/api/v1/me/digest/seen';
/** More ids than a digest can hold is not a dismissal but a mistake. */
const MAX_SEEN_IDS = 200;

/** The opt-outs a settings body names: `{ "off": ["actionAssigned", …] }`, each a known kind. */
function offKindsIn(body: Record<string, unknown>): NotificationKind[] {
  const off = body.off;
  if (!Array.isArray(off)) throw refuse.badRequest(`"off" must be a list of notification kinds (${NOTIFICATION_KINDS.join(', ')}).`);
  const unknown = off.find((k) => !isNotificationKind(k));
  if (unknown !== undefined) throw refuse.badRequest(`"${String(unknown)}" is not a kind of notification; the kinds are ${NOTIFICATION_KINDS.join(', ')}.`);
  return [...new Set(off as NotificationKind[])];
}

/** The ids a seen body names: `{ "ids": ["…", …] }`, each a non-empty string. */
function seenIdsIn(body: Record<string, unknown>): string[] {
  const ids = body.ids;
  if (!Array.isArray(ids)) throw refuse.badRequest('"ids" must be a list of the ids of the digest items seen.');
  if (ids.length > MAX_SEEN_IDS) throw refuse.badRequest(`"ids" names ${ids.length} items; at most ${MAX_SEEN_IDS} at once.`);
  const bad = ids.find((id) => typeof id !== 'string' || id === '' || id.length > 100);
  if (bad !== undefined) throw refuse.badRequest(`${JSON.stringify(bad)} is not the id of a digest item; each id is a non-empty string.`);
  return ids as string[];
}

/** The kinds that can reach the caller, from their role in each plan they may see. */
async function kindsFor(principal: Principal, options: NotificationsApiOptions): Promise<NotificationKind[]> {
  const roles = (await options.listPlans()).map((plan) => roleIn(options.access, principal, plan.header)).filter((role): role is Role => role !== undefined);
  return kindsReaching(roles);
}

function onlyMethods(req: IncomingMessage, allowed: readonly string[]): string {
  const method = (req.method ?? 'GET').toUpperCase();
  if (!allowed.includes(method)) throw new ApiError(405, 'methodNotAllowed', `${method} is not allowed here; use ${allowed.join(' or ')}.`);
  return method;
}

async function answer(req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal, options: NotificationsApiOptions): Promise<void> {
  const { notifications } = options;
  const signPath = SIGN_REQUEST.exec(url.pathname);
  if (signPath) {
    onlyMethods(req, ['POST']);
    let planId: string;
    try {
      planId = decodeURIComponent(signPath[1]!);
    } catch {
      throw new ApiError(400, 'badUrl', 'The address has a malformed %-escape.');
    }
    const header = await options.findHeader(planId);
    const role = header && header.key === planId ? roleIn(options.access, principal, header.values as PlanPeople) : undefined;
    if (!header || !role) throw refuse.notFound();
    if (role !== 'cem') throw refuse.forbidden("Only the plan's CEM asks the ACLM and the CLM to sign.");
    const council = typeof header.values.CouncilName === 'string' ? header.values.CouncilName : planId;
    const asked = signatureRequests(planId, header.values as PlanPeople, { email: principal.email, displayName: principal.displayName }, council);
    if (asked.length === 0) throw refuse.badRequest('The plan names no ACLM or CLM by email to ask.');
    await notifications.notifier.notify(asked);
    // Whether each person has turned such nudges off is theirs to know: only the count is told.
    sendJson(res, 202, { asked: asked.length });
    return;
  }
  if (url.pathname === SETTINGS) {
    if (onlyMethods(req, ['GET', 'PUT']) === 'PUT') await notifications.preferences.setOffKinds(principal.email, offKindsIn(await readJsonObject(req)));
    // Offered: only the kinds that can reach this person; an opt-out of another kind is kept, harmless.
    sendJson(res, 200, { kinds: await kindsFor(principal, options), off: await notifications.preferences.offKinds(principal.email) });
    return;
  }
  // Each person reads and acknowledges only their own digest: the store is keyed by the caller.
  if (url.pathname === DIGEST_SEEN) {
    onlyMethods(req, ['POST']);
    await notifications.digest.seen(principal.email, seenIdsIn(await readJsonObject(req)));
  } else {
    onlyMethods(req, ['GET']);
  }
  sendJson(res, 200, { value: (await notifications.digest.read(principal.email)).map(({ to: _to, ...item }) => item) });
}

/**
 * The service's handler with the notification routes: asking the ACLM and CLM to sign (the
 * plan's CEM only), each person's own opt-outs, and the digest of nudges Teams could not deliver
 * (read with GET, acknowledged by id with POST …/seen).
 * Every other request goes to `api`.
 */
export function withNotificationsApi(api: Handler, options: NotificationsApiOptions): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    if (!SIGN_REQUEST.test(url.pathname) && url.pathname !== SETTINGS && url.pathname !== DIGEST && url.pathname !== DIGEST_SEEN) return api(req, res);
    options
      .verify(req.headers.authorization)
      .then((principal) => answer(req, res, url, principal, options))
      .catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else sendError(res, toApiError(error));
      });
    return true;
  };
}
