import type { GraphHttp } from '../graph-http';

/** A level an application may be given on one site under `Sites.Selected`. */
export type SiteGrantRole = 'read' | 'write' | 'manage' | 'fullcontrol';

/**
 * `POST /sites/{id}/permissions`: gives an application (with the `Sites.Selected` application
 * permission) its level on this one site. Needs a caller who may change the site's permissions.
 */
export async function grantAppOnSite(http: GraphHttp, siteId: string, appId: string, displayName: string, role: SiteGrantRole): Promise<void> {
  await http.send({
    method: 'POST',
    path: `/sites/${encodeURIComponent(siteId)}/permissions`,
    body: { roles: [role], grantedToIdentities: [{ application: { id: appId, displayName } }] },
  });
}
