import type { StandInDb } from './db/database';
import { findPermission, grant, hasAnyPermission, SITE_ROLES, type SiteRole } from './db/permissions-repo';
import { fail } from './http/reply';
import type { Caller } from './identity';
import { SAMPLE_CEM, SAMPLE_MANAGER } from './sample-users';

/**
 * SharePoint's permission model for the one site, not the app's plan roles: people are site
 * owners (full control), members (edit) or visitors (read); an application reaches the site
 * through its permission: `Sites.Selected` plus a grant on this site (`POST /sites/{id}/permissions`),
 * or a tenant-wide `Sites.*.All`. Like a real site, it cannot tell one plan's rows from another's.
 */
export type Level = 'none' | SiteRole;

const rank = (level: Level) => (level === 'none' ? 0 : SITE_ROLES.indexOf(level) + 1);

/** Application permissions that reach every site in the tenant. */
const TENANT_WIDE: Readonly<Record<string, SiteRole>> = {
  'Sites.Read.All': 'read',
  'Sites.ReadWrite.All': 'write',
  'Sites.Manage.All': 'manage',
  'Sites.FullControl.All': 'fullcontrol',
};

/** What the caller may do on the site. */
export function levelOf(db: StandInDb, caller: Caller): Level {
  if (caller.app) {
    const wide = caller.app.roles.map((r) => TENANT_WIDE[r]).filter((r): r is SiteRole => !!r);
    const selected = caller.app.roles.includes('Sites.Selected') ? findPermission(db, 'app', caller.app.appId)?.role : undefined;
    return [...wide, selected].reduce<Level>((best, r) => (r && rank(r) > rank(best) ? r : best), 'none');
  }
  return findPermission(db, 'user', caller.email)?.role ?? 'none';
}

const WHAT: Record<SiteRole, string> = {
  read: 'read this site',
  write: 'change items on this site',
  manage: 'manage lists on this site',
  fullcontrol: 'change who has access to this site',
};

/** Throws 403 accessDenied unless the caller's level on the site reaches `needed`. */
export function assertSiteLevel(db: StandInDb, caller: Caller, needed: Level): void {
  if (needed === 'none') return;
  if (rank(levelOf(db, caller)) < rank(needed)) throw fail.accessDenied(`Access denied. You do not have permission to ${WHAT[needed]}.`);
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
