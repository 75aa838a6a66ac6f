import { parsePerson, SIGNATURES, SIGNERS, type AnyRow, type PlanPeople } from '../../plan';
import type { PlanNotification } from './kinds';

/** A row written, with how it was before (absent for a new row). */
export interface WrittenRow {
  readonly before?: AnyRow;
  readonly after: AnyRow;
}

const emailIn = (value: unknown): string | undefined =>
  typeof value === 'string' ? parsePerson(value).email?.toLowerCase() : undefined;

const labelOf = (row: AnyRow, field: string): string => {
  const value = row.values[field];
  return typeof value === 'string' ? value : row.key;
};

/**
 * The nudges one write causes. Nobody is nudged about their own doing, and only people the
 * plan can reach by email are nudged (a role such as "ACLM" names nobody in particular).
 * - an action whose owner is new or changed → its new owner (`actionAssigned`);
 * - a concern raised by anyone but the CEM → the plan's CEM (`concernRaised`);
 * - a signature that lapsed when the other signer signed changed words → its signer (`signatureRequested`).
 */
export function notificationsForWrite(
  planId: string,
  people: PlanPeople,
  write: WrittenRow,
  by: PlanNotification['by'],
): PlanNotification[] {
  const me = by.email.toLowerCase();
  const { before, after } = write;
  const out: PlanNotification[] = [];
  const push = (kind: PlanNotification['kind'], to: string | undefined, about: string) => {
    if (to && to !== me) out.push({ kind, to, planId, section: after.section, rowKey: after.key, about, by });
  };
  if (after.section === 'actions') {
    const owner = emailIn(after.values.Owner);
    if (owner && owner !== emailIn(before?.values.Owner)) push('actionAssigned', owner, labelOf(after, 'ActionTitle'));
  }
  if (after.section === 'concernsRaised' && !before) {
    push('concernRaised', emailIn(people.Cem), labelOf(after, 'Concern'));
  }
  if (after.section === 'plan' && before) {
    for (const signer of SIGNERS) {
      const field = SIGNATURES[signer];
      if (before.values[field.by] && !after.values[field.by]) push('signatureRequested', emailIn(people[field.names as keyof PlanPeople]), labelOf(after, 'CouncilName'));
    }
  }
  return out;
}

/** "Please sign again": the ACLM and CLM the plan names, less whoever asks. */
export function signatureRequests(planId: string, people: PlanPeople, by: PlanNotification['by'], council: string): PlanNotification[] {
  const me = by.email.toLowerCase();
  return [emailIn(people.Aclm), emailIn(people.Clm)]
    .filter((to): to is string => Boolean(to) && to !== me)
    .map((to) => ({ kind: 'signatureRequested' as const, to, planId, section: 'plan', rowKey: planId, about: council, by }));
}
