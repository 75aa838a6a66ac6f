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
}

function emailOf(person: string | null | undefined): string | undefined {
  return person ? parsePerson(person).email?.toLowerCase() : undefined;
}

/**
 * Someone's role in one plan, from their email and the people the plan names. Anyone the plan
 * does not name reads it as a manager. Works across tenants: it needs only the email.
 */
export function roleFor(people: PlanPeople, email: string | null | undefined): Role {
  const me = email?.trim().toLowerCase();
  if (!me) return 'manager';
  if (emailOf(people.Cem) === me) return 'cem';
  if (emailOf(people.Aclm) === me) return 'aclm';
  if (emailOf(people.Clm) === me) return 'clm';
  const domain = people.CouncilDomain?.trim().toLowerCase().replace(/^@/, '');
  if (domain && me.endsWith(`@${domain}`)) return 'councilStaff';
  return 'manager';
}
