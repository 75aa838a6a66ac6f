import { randomUUID } from 'node:crypto';
import type { StandInDb } from './database';

/** SharePoint's levels on a site, weakest first. */
export const SITE_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export interface SitePermission {
  readonly id: string;
  readonly kind: 'user' | 'app';
  /** An email, or an application's client id. */
  readonly principal: string;
  readonly displayName: string;
  readonly role: SiteRole;
}

export function isSiteRole(value: unknown): value is SiteRole {
  return typeof value === 'string' && (SITE_ROLES as readonly string[]).includes(value);
}

export function findPermission(db: StandInDb, kind: SitePermission['kind'], principal: string): SitePermission | undefined {
  const row = db.stmt('SELECT id, kind, principal, display_name AS displayName, role FROM site_permissions WHERE kind = ? AND principal = ?').get(kind, principal) as
    | SitePermission
    | undefined;
  return row;
}

export function listPermissions(db: StandInDb): SitePermission[] {
  return db.stmt('SELECT id, kind, principal, display_name AS displayName, role FROM site_permissions ORDER BY kind, principal').all() as SitePermission[];
}

/** Gives a person or an app a level on the site, replacing the one it had. */
export function grant(db: StandInDb, kind: SitePermission['kind'], principal: string, displayName: string, role: SiteRole): SitePermission {
  const existing = findPermission(db, kind, principal);
  const id = existing?.id ?? randomUUID();
  db.stmt(
    'INSERT INTO site_permissions (kind, principal, display_name, role, id) VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, principal) DO UPDATE SET role = excluded.role, display_name = excluded.display_name',
  ).run(kind, principal.toLowerCase(), displayName, role, id);
  return { id, kind, principal: principal.toLowerCase(), displayName, role };
}

export function hasAnyPermission(db: StandInDb): boolean {
  return db.stmt('SELECT 1 FROM site_permissions LIMIT 1').get() !== undefined;
}
