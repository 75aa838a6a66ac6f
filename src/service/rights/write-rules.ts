import {
  canEditSection,
  canSign,
  parsePerson,
  SIGN_OFF_FIELDS,
  SIGNATURES,
  SIGNED_VERSION,
  SIGNERS,
  SYSTEM_FIELDS,
  type AnyRow,
  type FieldValue,
  type Role,
  type ValidatedValues,
  type SectionDef,
  type Signer,
} from '../../plan';
import { personValue } from '../../plan/person';
import type { RowValues } from '../../storage/port';
import { refuse } from '../http/api-error';
import type { Principal } from '../identity/principal';

const SYSTEM_NAMES: readonly string[] = Object.values(SYSTEM_FIELDS).map((f) => f.name);

/** What a header change asks for, once checked: the values to store (the date is the server's). */
export interface HeaderChange {
  readonly changes: ValidatedValues;
  /** The snapshot the change points at as the signed version, which must exist and be signed. */
  readonly signedSnapshotKey?: string;
}

/** A row's plan, key and order belong to storage: never set through a row's values. */
export function refuseSystemFields(values: RowValues): void {
  const named = Object.keys(values).find((n) => SYSTEM_NAMES.includes(n));
  if (named === SYSTEM_FIELDS.planId.name) throw refuse.badRequest("A row's plan (PlanId) is fixed when the row is made and can never be cleared or moved.");
  if (named) throw refuse.badRequest(`${named} is kept by the service and cannot be set in a row's values.`);
}

function emailOf(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' ? parsePerson(value).email?.toLowerCase() : undefined;
}

/** The signers whose signature fields a change touches. */
function signersTouched(names: readonly string[]): Signer[] {
  return SIGNERS.filter((who) => names.some((n) => n === SIGNATURES[who].by || n === SIGNATURES[who].on || n === SIGNATURES[who].paper));
}

/**
 * A change to the plan's header. The CEM changes the plan's details and may record a signature
 * given on paper (an imported, signed LAPP), marked as such and never as one given in the app.
 * Only the ACLM or the CLM signs in the app, each for themself alone, on the service's date.
 */
export function checkHeaderChange(role: Role, principal: Principal, changes: ValidatedValues, today: string, current: Readonly<Record<string, FieldValue | undefined>> = {}): HeaderChange {
  const names = Object.keys(changes);
  const signing = names.filter((n) => SIGN_OFF_FIELDS.includes(n));
  const details = names.filter((n) => !SIGN_OFF_FIELDS.includes(n));
  if (details.length > 0 && role !== 'cem') throw refuse.forbidden("Only the plan's census engagement manager may change the plan's details.");
  if (signing.length === 0) return { changes };
  const signers = signersTouched(signing);
  if (role === 'cem') {
    if (names.includes(SIGNED_VERSION)) throw refuse.forbidden('Only the ACLM and the CLM sign the plan in the app, each for themself.');
    const notPaper = signers.find((who) => changes[SIGNATURES[who].paper] !== true);
    if (notPaper)
      throw refuse.forbidden(
        `Only the ACLM and the CLM sign the plan in the app, each for themself; the CEM may record the ${notPaper.toUpperCase()}'s signature only as one given on paper (${SIGNATURES[notPaper].paper}: true).`,
      );
    // A signature given in the app is the signer's own: no record of paper may replace or clear it.
    const givenInApp = signers.find((who) => !!current[SIGNATURES[who].by] && current[SIGNATURES[who].paper] !== true);
    if (givenInApp) throw refuse.forbidden(`The ${givenInApp.toUpperCase()} signed in the app: that signature stands as given, and a paper signature is recorded only where none was given in the app.`);
    return { changes };
  }
  if (!canSign(role)) throw refuse.forbidden('Only the ACLM and the CLM sign the plan, each for themself.');
  const other = role === 'aclm' ? 'clm' : 'aclm';
  if (signers.includes(other)) throw refuse.forbidden(`The ${role.toUpperCase()} may sign only for themself, not for the ${other.toUpperCase()}.`);
  const own = SIGNATURES[role];
  if (changes[own.paper] === true) throw refuse.forbidden('A signature given in the app is not a paper signature.');
  if (emailOf(changes[own.by]) !== principal.email) throw refuse.forbidden(`A signature must name the person signing (${principal.email}); nobody signs for someone else.`);
  const given = changes[own.on];
  if (given !== undefined && given !== null && given !== today) throw refuse.badRequest(`A signature is dated by the service: today is ${today}, not ${String(given)}.`);
  const key = changes[SIGNED_VERSION];
  if (typeof key !== 'string' || key === '') throw refuse.badRequest(`A signature must name the signed version it was given on (${SIGNED_VERSION}).`);
  // The service's own date and the signer's name from their token, in place of those given: the
  // address alone was checked, and a signature reading "Grace Okafor (CLM)" over the ACLM's
  // address would mislead everyone who reads the plan.
  return { changes: { ...changes, [own.on]: today, [own.by]: personValue(principal) } as ValidatedValues, signedSnapshotKey: key };
}

/**
 * Kept versions of the plan: a signed one is written only by a signer, a shared one only by the
 * CEM, and neither is ever changed. A signer may remove a signed version no signature points at
 * (what a signing that failed halfway leaves).
 */
export function checkSnapshotCreate(role: Role, values: RowValues): void {
  const reason = values['Reason'];
  if (reason === 'Signed' && !canSign(role)) throw refuse.forbidden('Only the ACLM or the CLM, signing, writes a signed version of the plan.');
  if (reason !== 'Signed' && role !== 'cem') throw refuse.forbidden("Only the plan's census engagement manager keeps shared versions of the plan.");
}

export function checkSnapshotDelete(role: Role, row: AnyRow, header: AnyRow): void {
  const signedKey = header.values['SignedSnapshotKey'];
  if (row.values['Reason'] !== 'Signed' || !canSign(role)) throw refuse.forbidden('A kept version of the plan is never removed.');
  if (row.values['SnapshotKey'] === signedKey) throw refuse.forbidden('This is the version the plan was signed on: it is kept for good.');
}

/** Whether the role may write rows of this section at all (the one matrix). */
export function checkSectionWrite(role: Role, section: SectionDef): void {
  if (!canEditSection(role, section)) throw refuse.forbidden(`You cannot change ${section.title.toLowerCase()} in this plan.`);
}

/** A retried create must carry the same values as the row its key made; anything else is a conflict. */
export function sameValues(stored: AnyRow, wanted: RowValues): boolean {
  return Object.entries(wanted).every(([name, value]) => JSON.stringify(stored.values[name] ?? null) === JSON.stringify(value ?? null));
}
