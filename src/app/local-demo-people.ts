import { roleFor, type PlanSummary, type Role } from '../plan';

/** A sample person as the switcher shows them: their role and the councils whose plans name them. */
export interface SamplePerson {
  readonly email: string;
  readonly name: string;
  /** Undefined when they can see no plan at all. */
  readonly role?: Role;
  /** Councils whose plans name them; empty for a manager, who reads every plan. */
  readonly councils: readonly string[];
}

/**
 * Who a sample person is, from the plans the service lets them see (nothing about them is kept
 * apart from the plans): the role the plans give them, or manager when they see plans that do
 * not name them.
 */
export function describeSamplePerson(email: string, name: string, plans: readonly PlanSummary[]): SamplePerson {
  const named = plans.flatMap((plan) => {
    const role = roleFor(plan.header, email);
    return role ? [{ role, council: plan.council }] : [];
  });
  if (named.length > 0) return { email, name, role: named[0]!.role, councils: named.map((n) => n.council) };
  return { email, name, ...(plans.length > 0 && { role: 'manager' as const }), councils: [] };
}
