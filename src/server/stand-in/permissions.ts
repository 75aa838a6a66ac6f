import { canEditSection, roleFor, SECTIONS, sectionById, signatureFields, type PlanPeople, type SectionDef } from '../../plan';
import type { StandInDb } from './db/database';
import { findByValue, type Fields } from './db/items-repo';
import { findList, type ListRecord } from './db/lists-repo';
import { fail } from './http/reply';
import type { Caller } from './identity';

/**
 * Item-level permissions as the real site would carry them per plan: everyone reads; writes go
 * through the same matrix the app shows (src/plan/roles.ts), so a council user cannot change a
 * CEM-only section or another council's plan even by calling Graph directly.
 */
const PLAN_SECTION = sectionById('plan');

function sectionForList(list: ListRecord): SectionDef | undefined {
  return SECTIONS.find((s) => s.list.toLowerCase() === list.displayName.toLowerCase());
}

/** The plan header row whose ClientKey is this plan id, as the people it names. */
function planPeople(db: StandInDb, planId: string): PlanPeople | undefined {
  const plans = findList(db, PLAN_SECTION.list);
  const header = plans ? findByValue(db, plans.id, 'ClientKey', planId) : undefined;
  return header?.fields as PlanPeople | undefined;
}

function changedNames(before: Fields, after: Fields): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]);
}

function denied(what: string): never {
  throw fail.accessDenied(`Access denied. ${what}`);
}

function assertHeaderWrite(caller: Caller, before: Fields | undefined, after: Fields | undefined): void {
  if (!before) return; // anyone may start a plan; they are its CEM only if they name themselves
  const role = roleFor(before as PlanPeople, caller.email);
  if (role === 'cem') return;
  if (after && (role === 'aclm' || role === 'clm')) {
    // A signer may write only what signing writes: their own name and date, and the signed version.
    const allowed = signatureFields(role);
    if (changedNames(before, after).every((n) => allowed.includes(n))) return;
    denied(`The ${role.toUpperCase()} may change only their own signature on the plan.`);
  }
  denied('Only the plan\'s census engagement manager may change the plan\'s details.');
}

/**
 * Throws 403 accessDenied unless the caller may make this write. `before` is the stored row
 * (absent on create), `after` the row as it would be (absent on delete).
 */
export function assertMayWrite(db: StandInDb, list: ListRecord, caller: Caller, before?: Fields, after?: Fields): void {
  const section = sectionForList(list);
  if (!section) return; // not plan data
  if (section.id === PLAN_SECTION.id) {
    assertHeaderWrite(caller, before, after);
    return;
  }
  const planIds = new Set([before?.PlanId, after?.PlanId].filter((p) => p !== undefined).map(String));
  if (planIds.size === 0) denied(`A row of ${section.list} must name its plan (PlanId).`);
  for (const planId of planIds) {
    const people = planPeople(db, planId);
    if (!people) denied(`There is no plan "${planId}" on this site.`);
    if (!canEditSection(roleFor(people, caller.email), section)) {
      denied(`You cannot change ${section.title.toLowerCase()} in this plan.`);
    }
  }
}
