import type { StandInDb } from './db/database';
import { findPermission, grant, hasAnyPermission, SITE_ROLES, type SiteRole } from './db/permissions-repo';
import { fail } from './http/reply';
import type { Caller } from './identity';
import { SAMPLE_CEM, SAMPLE_MANAGER } from './sample-users';

/**
 * SharePoint's permission model for the one site, not the app's plan roles: people are site
 * owners (full control), members (edit) or visitors (read); an application reaches the site
 * through its permission: `Sites.Selected` plus a grant on this site (`POST /sites/{id}/permissions`),
 * or a tenant-wide `Sites.*.All`; an app acting for a person, only as far as both allow. Like a
 * real site, it cannot tell one plan's rows from another's.
 */
export type Level = 'none' | SiteRole;

const rank = (level: Level) => (level === 'none' ? 0 : SITE_ROLES.indexOf(level) + 1);

/** Permissions that reach every site in the tenant: an application's, or a person's up to their own level. */
const TENANT_WIDE: Readonly<Record<string, SiteRole>> = {
  'Sites.Read.All': 'read',
  'Sites.ReadWrite.All': 'write',
  'Sites.Manage.All': 'manage',
  'Sites.FullControl.All': 'fullcontrol',
};

/**
 * SharePoint's own delegated permissions, for its REST API (`AllSites.Manage` is what views need).
 * There the stand-in also takes Graph's names, since it accepts a Graph token for SharePoint REST.
 */
const SHAREPOINT_DELEGATED: Readonly<Record<string, SiteRole>> = {
  'AllSites.Read': 'read',
  'AllSites.Write': 'write',
  'AllSites.Manage': 'manage',
  'AllSites.FullControl': 'fullcontrol',
};

/** Which API is asked: Graph, or SharePoint's own REST API. */
export type Surface = 'graph' | 'sharepoint';

const strongest = (levels: readonly (Level | undefined)[]) => levels.reduce<Level>((best, r) => (r && rank(r) > rank(best) ? r : best), 'none');
const weaker = (a: Level, b: Level): Level => (rank(a) <= rank(b) ? a : b);

/** The most a token's permissions let an app do on this site; Sites.Selected only as far as the site's grant to `appId`. */
function reachOf(db: StandInDb, permissions: readonly string[], appId: string | undefined, tables: readonly Readonly<Record<string, SiteRole>>[]): Level {
  const wide = permissions.flatMap((p) => tables.map((table) => table[p]));
  const selected = appId && permissions.includes('Sites.Selected') ? findPermission(db, 'app', appId)?.role : undefined;
  return strongest([...wide, selected]);
}

/**
 * What the caller may do on the site. An application: what its roles reach. A person: the
 * smaller of their own level and what the token's delegated permissions (`scp`) let the app do
 * for them — Graph answers a person whose token has no Sites permission 403 however much they
 * own (Microsoft Learn, "Overview of Selected permissions in OneDrive and SharePoint"; Microsoft
 * 365 Developer Blog, "SharePoint now supports delegated Sites.Selected authentication": "the
 * minimal intersection of application and user permissions is used").
 */
export function levelOf(db: StandInDb, caller: Caller, surface: Surface = 'graph'): Level {
  if (caller.app) return reachOf(db, caller.app.roles, caller.app.appId, [TENANT_WIDE]);
  const own = findPermission(db, 'user', caller.email)?.role ?? 'none';
  return weaker(own, reachOf(db, caller.scopes ?? [], caller.clientAppId, surface === 'graph' ? [TENANT_WIDE] : [TENANT_WIDE, SHAREPOINT_DELEGATED]));
}

const WHAT: Record<SiteRole, string> = {
  read: 'read this site',
  write: 'change items on this site',
  manage: 'manage lists on this site',
  fullcontrol: 'change who has access to this site',
};

/** Throws 403 accessDenied unless the caller's level on the site reaches `needed`. */
export function assertSiteLevel(db: StandInDb, caller: Caller, needed: Level, surface: Surface = 'graph'): void {
  if (needed === 'none' || rank(levelOf(db, caller, surface)) >= rank(needed)) return;
  const own = caller.app ? 'none' : (findPermission(db, 'user', caller.email)?.role ?? 'none');
  // The person may, but the token does not let the app act for them that far: say which is missing.
  if (rank(own) >= rank(needed)) throw fail.accessDenied(`Access denied. The token's delegated permissions (scp) do not let the app ${WHAT[needed]} on your behalf.`);
  throw fail.accessDenied(`Access denied. You do not have permission to ${WHAT[needed]}.`);
}

/**
 * A new site has whoever made it as its owner. The stand-in's site was made by the sample CEM;
 * the sample manager visits it to read the managers' views.
 */
export function ensureSiteMembers(db: StandInDb): void {
  if (hasAnyPermission(db)) return;
  db.tx(() => {
    grant(db, 'user', SAMPLE_CEM.email, SAMPLE_CEM.displayName, 'fullcontrol');
    grant(db, 'user', SAMPLE_MANAGER.email, SAMPLE_MANAGER.displayName, 'read');
  });
}
