import type { Role } from './roles';
import type { Row } from './rows';
import { parsePerson } from './validation';

/** The roles an Owner may name by their short title instead of a person ("ACLM"). */
const ROLE_TITLES: Partial<Record<Role, string>> = { cem: 'CEM', aclm: 'ACLM', clm: 'CLM' };

/**
 * Whether an action is someone's: its Owner names their email, or names by title ("ACLM") the
 * role they hold in that plan.
 */
export function isOwnedBy(action: Pick<Row<'actions'>, 'values'>, email: string, role: Role | undefined): boolean {
  const owner = action.values.Owner;
  if (typeof owner !== 'string' || owner.trim() === '') return false;
  const person = parsePerson(owner);
  if (person.email) return person.email.toLowerCase() === email.trim().toLowerCase();
  const title = role && ROLE_TITLES[role];
  return title !== undefined && person.name.toUpperCase() === title;
}
