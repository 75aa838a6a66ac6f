import { GraphHttpError } from './http/reply';
import type { Caller } from './identity';

/**
 * The Microsoft Graph permissions a directory or Teams call needs, besides any site permission:
 * an app-only token must carry one of `application` in its `roles`, a person's token one of
 * `delegated` in its `scp`. Each list is Microsoft's own table for that call (README, "The
 * stand-in").
 */
export interface GraphPermission {
  readonly application: readonly string[];
  readonly delegated: readonly string[];
  /** Refused to a guest whatever their token carries: the directory's default guest restrictions. */
  readonly membersOnly?: boolean;
}

/**
 * `GET /users` (Microsoft Learn, "List users", Permissions): User.ReadBasic.All is enough for a
 * signed-in person, but an application needs User.Read.All or more. A guest cannot list or search
 * the directory at all under Entra's default guest access (Microsoft Learn, "What are the default
 * user permissions in Microsoft Entra ID?": guests "can't enumerate the list of all users").
 */
export const LIST_USERS: GraphPermission = {
  application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  membersOnly: true,
};

/**
 * `GET /me` (Microsoft Learn, "Get user", Permissions): a person's token needs User.Read or more;
 * an app-only token names no user, and the call refuses it before any permission is looked at.
 */
export const READ_ME: GraphPermission = {
  application: [],
  delegated: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** `POST /users/{id}/teamwork/sendActivityNotification` (Microsoft Learn, "userTeamwork: sendActivityNotification"). */
export const SEND_ACTIVITY_NOTIFICATION: GraphPermission = {
  application: ['TeamsActivity.Send.User', 'TeamsActivity.Send'],
  delegated: ['TeamsActivity.Send'],
};

/**
 * `GET` and `POST /sites/{id}/permissions` (Microsoft Learn, "Create permission"): an application
 * with Sites.FullControl.All; a person only with it in their token and as an administrator (here:
 * the site's full control), never a site owner with the Sites.Manage.All that sets up lists.
 */
export const SITE_PERMISSIONS: GraphPermission = {
  application: ['Sites.FullControl.All'],
  delegated: ['Sites.FullControl.All'],
};

/** Throws Graph's 403 `Authorization_RequestDenied` unless the caller's token carries one of the permissions (and, where members only, is no guest). */
export function assertGraphPermission(caller: Caller, needed: GraphPermission): void {
  const held = caller.app ? caller.app.roles : (caller.scopes ?? []);
  const accepted = caller.app ? needed.application : needed.delegated;
  if (!held.some((p) => accepted.includes(p)) || (needed.membersOnly && caller.guest)) {
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}
