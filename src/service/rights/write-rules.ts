import { canEditSection, canSign, parsePerson, SYSTEM_FIELDS, type AnyRow, type FieldValue, type Role, type SectionDef } from '../../plan';
import type { RowValues } from '../../storage/port';
import { refuse } from '../http/api-error';
import type { Principal } from '../identity/principal';

/** The header fields a signature writes, per signer. */
export const SIGNATURE = {
  aclm: { by: 'AclmSignedBy', on: 'AclmSignedOn' },
  clm: { by: 'ClmSignedBy', on: 'ClmSignedOn' },
} as const;
const SIGNATURE_FIELDS: readonly string[] = ['AclmSignedBy', 'AclmSignedOn', 'ClmSignedBy', 'ClmSignedOn', 'SignedSnapshotKey'];
const SYSTEM_NAMES: readonly string[] = Object.values(SYSTEM_FIELDS).map((f) => f.name);

/** What a header change asks for, once checked: the values to store (the date is the server's). */
export interface HeaderChange {
  readonly changes: RowValues;
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

/**
 * A change to the plan's header. The CEM changes the plan's details; only the ACLM or the CLM
 * signs, each for themself alone, on the service's date. Nobody else changes the header.
 */
export function checkHeaderChange(role: Role, principal: Principal, changes: RowValues, today: string): HeaderChange {
  const names = Object.keys(changes);
  const signing = names.filter((n) => SIGNATURE_FIELDS.includes(n));
  const details = names.filter((n) => !SIGNATURE_FIELDS.includes(n));
  if (details.length > 0 && role !== 'cem') throw refuse.forbidden("Only the plan's census engagement manager may change the plan's details.");
  if (signing.length === 0) return { changes };
  if (!canSign(role)) throw refuse.forbidden('Only the ACLM and the CLM sign the plan, each for themself.');
  const own = SIGNATURE[role];
  const other = role === 'aclm' ? SIGNATURE.clm : SIGNATURE.aclm;
  if (signing.some((n) => n === other.by || n === other.on)) throw refuse.forbidden(`The ${role.toUpperCase()} may sign only for themself, not for the ${role === 'aclm' ? 'CLM' : 'ACLM'}.`);
  if (emailOf(changes[own.by]) !== principal.email) throw refuse.forbidden(`A signature must name the person signing (${principal.email}); nobody signs for someone else.`);
  const given = changes[own.on];
  if (given !== undefined && given !== null && given !== today) throw refuse.badRequest(`A signature is dated by the service: today is ${today}, not ${String(given)}.`);
  const key = changes['SignedSnapshotKey'];
  if (typeof key !== 'string' || key === '') throw refuse.badRequest('A signature must name the signed version it was given on (SignedSnapshotKey).');
  return { changes: { ...changes, [own.on]: today }, signedSnapshotKey: key };
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
