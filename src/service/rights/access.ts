import { roleFor, type PlanPeople, type Role, type VerifiedOrigin } from '../../plan';
import type { PeopleList, ServiceAccess } from '../config';
import type { Principal } from '../identity/principal';

function onList(list: PeopleList, principal: Principal): boolean {
  return list.emails.includes(principal.email) || principal.groups.some((g) => list.groups.includes(g.toLowerCase()));
}

const fromSiteTenant = (access: ServiceAccess, principal: Principal) => principal.tenantId === access.siteTenantId.toLowerCase();

/** A manager by configuration, believed only from the site's own tenant (another tenant's groups and names prove nothing). */
export function isManager(access: ServiceAccess, principal: Principal): boolean {
  return fromSiteTenant(access, principal) && onList(access.managers, principal);
}

export function originOf(access: ServiceAccess, principal: Principal): VerifiedOrigin {
  return { tenantId: principal.tenantId, siteTenantId: access.siteTenantId, isManager: isManager(access, principal) };
}

/** The caller's role in a plan, from its header; undefined: they may not see it at all. */
export function roleIn(access: ServiceAccess, principal: Principal, header: PlanPeople): Role | undefined {
  return roleFor(header, principal.email, originOf(access, principal));
}

/** Site owners of the site's own tenant, by configuration: the only callers of admin operations. */
export function isSiteOwner(access: ServiceAccess, principal: Principal): boolean {
  return fromSiteTenant(access, principal) && onList(access.siteOwners, principal);
}

/** Whether the caller may start plans and search the directory: the census office's own people, not its guests. */
export function mayStartPlans(access: ServiceAccess, principal: Principal): boolean {
  return fromSiteTenant(access, principal) && principal.guest !== true;
}
