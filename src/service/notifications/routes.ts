import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyRow, PlanPeople } from '../../plan';
import { toApiError } from '../api/errors';
import type { ServiceAccess } from '../config';
import { ApiError, refuse } from '../http/api-error';
import { readJsonObject, sendError, sendJson } from '../http/json';
import type { Principal } from '../identity/principal';
import type { TokenVerifier } from '../identity/token-verifier';
import { roleIn } from '../rights/access';
import { signatureRequests } from './derive';
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { NotificationsSetup } from './on-write';

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface NotificationsApiOptions {
  readonly verify: TokenVerifier;
  readonly access: ServiceAccess;
  readonly notifications: NotificationsSetup;
  /** The plan's header as the service reads it; undefined when there is no such plan. */
  findHeader(planId: string): Promise<AnyRow | undefined>;
}

const SIGN_REQUEST = /^\/api\/v1\/plans\/([^/]+)\/signature-requests$/;
const SETTINGS = '/api/v1/me/notification-settings';
const DIGEST = '/api/v1/me/digest';

/** The opt-outs a settings body names: `{ "off": ["actionAssigned", …] }`, each a known kind. */
function offKindsIn(body: Record<string, unknown>): NotificationKind[] {
  const off = body.off;
  if (!Array.isArray(off)) throw refuse.badRequest(`"off" must be a list of notification kinds (${NOTIFICATION_KINDS.join(', ')}).`);
  const unknown = off.find((k) => !isNotificationKind(k));
  if (unknown !== undefined) throw refuse.badRequest(`"${String(unknown)}" is not a kind of notification; the kinds are ${NOTIFICATION_KINDS.join(', ')}.`);
  return [...new Set(off as NotificationKind[])];
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
    sendJson(res, 200, { kinds: NOTIFICATION_KINDS, off: await notifications.preferences.offKinds(principal.email) });
    return;
  }
  // POST, not GET: reading the digest empties it, so no prefetch or retry may read it unseen.
  onlyMethods(req, ['POST']);
  sendJson(res, 200, { value: await notifications.digest.take(principal.email) });
}

/**
 * The service's handler with the notification routes: asking the ACLM and CLM to sign (the
 * plan's CEM only), each person's own opt-outs, and the digest of nudges Teams could not deliver.
 * Every other request goes to `api`.
 */
export function withNotificationsApi(api: Handler, options: NotificationsApiOptions): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    if (!SIGN_REQUEST.test(url.pathname) && url.pathname !== SETTINGS && url.pathname !== DIGEST) return api(req, res);
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
