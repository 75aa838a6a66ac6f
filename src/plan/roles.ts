import type { SectionDef } from './section';
import { parsePerson } from './validation';

/**
 * Who someone is in a plan. The CEM (national statistics office) owns the plan; the council's
 * people fill in what the template gives the council; managers read across all plans.
 */
export const ROLES = ['cem', 'aclm', 'clm', 'councilStaff', 'manager'] as const;
export type Role = (typeof ROLES)[number];

const COUNCIL_ROLES: readonly Role[] = ['aclm', 'clm', 'councilStaff'];

/** The one place that says who may change what. Storage enforces the same matrix. */
export function canEditSection(role: Role, section: Pick<SectionDef, 'id' | 'councilEdits'>): boolean {
  if (role === 'cem') return true;
  if (role === 'manager') return false;
  return section.councilEdits && COUNCIL_ROLES.includes(role);
}

/**
 * Who may change a section, from the same matrix: the CEM alone, or the CEM and the council's
 * people. What a read-only section tells its reader about who to ask.
 */
export type SectionEditors = 'cem' | 'cemAndCouncil';

export function sectionEditors(section: Pick<SectionDef, 'id' | 'councilEdits'>): SectionEditors {
  return COUNCIL_ROLES.some((role) => canEditSection(role, section)) ? 'cemAndCouncil' : 'cem';
}

/** Only the ACLM and the CLM sign the plan, each for themselves. */
export function canSign(role: Role): role is 'aclm' | 'clm' {
  return role === 'aclm' || role === 'clm';
}

/** The people a plan names, as its header holds them ("Name <email>" or a role). */
export interface PlanPeople {
  readonly Cem?: string | null;
  readonly Aclm?: string | null;
  readonly Clm?: string | null;
  readonly CouncilDomain?: string | null;
  readonly CouncilTenantId?: string | null;
}

/**
 * Where a signed-in person's token came from, as the plan service verified it. An email alone
 * proves nothing across tenants (any tenant can give its users any address), so the service
 * believes a council address only from the council's own tenant or, for a guest, the site's.
 */
export interface VerifiedOrigin {
  /** The tenant that issued the person's token. */
  readonly tenantId: string;
  /** The tenant that holds the site (the census office). */
  readonly siteTenantId: string;
  /** On the configured managers' allow-list or in their Entra group. */
  readonly isManager: boolean;
}

function emailOf(person: string | null | undefined): string | undefined {
  return person ? parsePerson(person).email?.toLowerCase() : undefined;
}

const sameId = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The role a plan gives an email, before asking where the token came from. */
function namedRole(people: PlanPeople, me: string): Role | undefined {
  if (emailOf(people.Cem) === me) return 'cem';
  if (emailOf(people.Aclm) === me) return 'aclm';
  if (emailOf(people.Clm) === me) return 'clm';
  const domain = people.CouncilDomain?.trim().toLowerCase().replace(/^@/, '');
  if (domain && me.endsWith(`@${domain}`)) return 'councilStaff';
  return undefined;
}

/** Whether a role named by email may be believed from the tenant the token came from. */
function fromRightTenant(people: PlanPeople, role: Role, origin: VerifiedOrigin): boolean {
  const fromSite = sameId(origin.tenantId, origin.siteTenantId);
  const fromCouncil = sameId(people.CouncilTenantId, origin.tenantId);
  if (role === 'cem') return fromSite;
  // Council staff are recognised by domain, so the domain must come with the council's own tenant.
  if (role === 'councilStaff') return fromCouncil;
  return fromSite || fromCouncil;
}

/**
 * Someone's role in one plan, from their email and the people the plan names; undefined when
 * the plan gives them none (they may not see it). Works across tenants: it needs only the email
 * and, where the service verified a token, the tenant it came from (`origin`), which council
 * roles must match. Without `origin` (the browser, showing what the service already allowed)
 * the tenant is not checked and nobody is a manager by configuration.
 */
export function roleFor(people: PlanPeople, email: string | null | undefined, origin?: VerifiedOrigin): Role | undefined {
  const me = email?.trim().toLowerCase();
  const named = me ? namedRole(people, me) : undefined;
  if (named && (!origin || fromRightTenant(people, named, origin))) return named;
  if (origin?.isManager && sameId(origin.tenantId, origin.siteTenantId)) return 'manager';
  return undefined;
}
