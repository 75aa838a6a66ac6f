import { grant, isSiteRole, listPermissions, type SitePermission } from '../db/permissions-repo';
import type { RouteHandler } from '../http/context';
import { GraphHttpError, json } from '../http/reply';

/** Graph's permission resource for an application's grant on the site (Sites.Selected). */
function permissionJson(p: SitePermission) {
  const identity = p.kind === 'app' ? { application: { id: p.principal, displayName: p.displayName } } : { user: { email: p.principal, displayName: p.displayName } };
  return { id: p.id, roles: [p.role], grantedToIdentitiesV2: [identity], grantedToIdentities: [identity] };
}

const invalid = (message: string) => new GraphHttpError(400, 'invalidRequest', message);

export const getPermissions: RouteHandler = (req, _params, { db }) =>
  json(200, { '@odata.context': `${req.graphBaseUrl}/$metadata#sites('root')/permissions`, value: listPermissions(db).filter((p) => p.kind === 'app').map(permissionJson) });

/**
 * `POST /sites/{id}/permissions` `{ roles: ['write'], grantedToIdentities: [{ application: { id, displayName } }] }`:
 * gives an application (with `Sites.Selected`) its level on this site.
 */
export const postPermission: RouteHandler = (req, _params, { db }) => {
  const body = (req.body ?? {}) as { roles?: unknown; grantedToIdentities?: unknown };
  const roles = Array.isArray(body.roles) ? body.roles : [];
  const role = roles.length === 1 ? roles[0] : undefined;
  if (!isSiteRole(role)) throw invalid('roles must hold one of read, write, manage, fullcontrol.');
  const identities = Array.isArray(body.grantedToIdentities) ? body.grantedToIdentities : [];
  const app = (identities[0] as { application?: { id?: unknown; displayName?: unknown } } | undefined)?.application;
  if (identities.length !== 1 || typeof app?.id !== 'string' || app.id.trim() === '') throw invalid('grantedToIdentities must name one application by id.');
  const displayName = typeof app.displayName === 'string' ? app.displayName : app.id;
  return json(201, permissionJson(grant(db, 'app', app.id, displayName, role)));
};
