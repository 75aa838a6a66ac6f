import type { AnyRow, FieldValue } from '../../plan';
import { refuse } from '../http/api-error';

/** More parts than any plan's version is cut into; a read of one version asks for this many. */
export const MAX_VERSION_PARTS = 200;

type Values = Readonly<Record<string, FieldValue | undefined>>;

const num = (value: FieldValue | undefined) => (typeof value === 'number' ? value : 0);

/**
 * A new part of a kept version (a row of `snapshots`) may only complete that version: the key is
 * this plan's alone, the version is not the one the plan was signed on, and the part fits the
 * parts already there (same reason, same count, a number not yet taken, within the count).
 * Otherwise anyone who may write a snapshot could add a part to a version someone else signed,
 * which leaves it unreadable ("incomplete") or, for a one-part version, doubles it.
 * `existing` are the rows of any plan holding the same SnapshotKey, without the row being made
 * (a create retried with its own key is answered by the create itself).
 */
export function checkSnapshotPart(planId: string, header: AnyRow, values: Values, existing: readonly AnyRow[]): void {
  const key = values['SnapshotKey'];
  if (existing.some((row) => row.planId !== planId)) throw refuse.conflict(`The version key "${String(key)}" is taken: nothing was saved. Keep the version again to get a new key.`);
  if (key === header.values['SignedSnapshotKey']) throw refuse.forbidden('The version the plan was signed on is kept as it was signed: nothing can be added to it.');
  const part = num(values['Part']);
  const parts = num(values['Parts']);
  if (part < 1 || part > parts) throw refuse.badRequest(`Part ${part} of ${parts} is not a part of a version: parts are numbered from 1 to their count.`);
  const clash = existing.find((row) => row.values['Reason'] !== values['Reason'] || num(row.values['Parts']) !== parts || num(row.values['Part']) === part);
  if (clash) throw refuse.conflict(`Version "${String(key)}" already has its part ${num(clash.values['Part'])} of ${num(clash.values['Parts'])}: nothing was saved.`);
}

/** A signature points only at a signed version of this plan with every one of its parts there. */
export function checkSignedVersionWhole(snapshotKey: string, rows: readonly AnyRow[]): void {
  const parts = rows.filter((row) => row.values['SnapshotKey'] === snapshotKey);
  if (!parts.some((row) => row.values['Reason'] === 'Signed')) throw refuse.badRequest(`There is no signed version "${snapshotKey}" of this plan to sign on.`);
  if (parts.some((row) => row.values['Reason'] !== 'Signed')) throw refuse.badRequest(`Version "${snapshotKey}" mixes signed and shared parts, so it cannot be signed on.`);
  const numbers = parts.map((row) => num(row.values['Part'])).sort((a, b) => a - b);
  const expected = num(parts[0]!.values['Parts']);
  if (numbers.length !== expected || numbers.some((n, i) => n !== i + 1)) {
    throw refuse.badRequest(`The signed version "${snapshotKey}" has ${numbers.length} of its ${expected} parts, so it cannot be signed on yet. Nothing was saved.`);
  }
}
