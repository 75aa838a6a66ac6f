import { fieldOf, sectionById, type AnyRow, type SectionId, type ValidatedValues } from '../../plan';
import type { RowValues } from '../port';
import type { ChangeOperation, ConflictInfo, FieldDiff } from './queued-change';

/** ConflictError carries the current row as `unknown`; use it only when it has a row's shape. */
export function asRow(value: unknown): AnyRow | null {
  if (typeof value !== 'object' || value === null) return null;
  const row = value as Partial<AnyRow>;
  return typeof row.id === 'string' && typeof row.etag === 'string' && typeof row.values === 'object' && row.values !== null
    ? (row as AnyRow)
    : null;
}

/** Mine against theirs for every field a change touches. */
export function diffFields(section: SectionId, mine: RowValues, theirs: AnyRow | null): FieldDiff[] {
  const def = sectionById(section);
  return Object.entries(mine).map(([name, value]) => {
    const current = theirs ? (theirs.values[name] ?? null) : undefined;
    return { field: name, label: fieldOf(def, name)?.label ?? name, mine: value, theirs: current, differs: current !== value };
  });
}

/**
 * Whether someone else changed this field since the person based their change on it. Without a
 * base every differing field counts, as it always did.
 */
function changedByOthers(diff: FieldDiff, base: RowValues | undefined): boolean {
  if (!diff.differs) return false;
  if (!base || !(diff.field in base) || diff.theirs === undefined) return true;
  return (diff.theirs ?? null) !== (base[diff.field] ?? null);
}

/**
 * The conflict a 412 on this change means, with the row as storage holds it now. With a base,
 * only the fields both people changed are listed: the others are not in question.
 */
export function conflictFor(operation: ChangeOperation, current: unknown): ConflictInfo {
  const theirs = asRow(current);
  if (operation.kind === 'update') {
    const mine = operation.input.changes;
    const fields = diffFields(operation.input.section, mine, theirs);
    const base = operation.input.base;
    return { mine, theirs, fields: base && theirs ? fields.filter((f) => !f.differs || changedByOthers(f, base)) : fields };
  }
  return { mine: null, theirs, fields: [] };
}

/**
 * The fields of a change that nobody else touched since it was made: they land whatever the
 * person decides about the contested ones.
 */
export function uncontested(operation: ChangeOperation, conflict: ConflictInfo): ValidatedValues {
  if (operation.kind !== 'update' || !operation.input.base) return {} as ValidatedValues;
  const listed = new Set(conflict.fields.map((f) => f.field));
  // Some of a validated update's fields: on update each field is checked on its own, so still valid.
  return Object.fromEntries(Object.entries(operation.input.changes).filter(([name]) => !listed.has(name))) as ValidatedValues;
}

/**
 * Whether the row changed only in fields this change leaves alone (or in ours, to the values we
 * based it on): then the change is simply sent again on the new version, nobody is asked.
 */
export function mergesCleanly(operation: ChangeOperation, conflict: ConflictInfo): boolean {
  return operation.kind === 'update' && operation.input.base !== undefined && conflict.theirs !== null && conflict.fields.every((f) => !f.differs);
}

/**
 * Whether storage already holds everything the change asked for — our own earlier attempt whose
 * answer was lost, or someone making the same edit — so there is nothing to ask anyone.
 */
export function alreadyHolds(operation: ChangeOperation, conflict: ConflictInfo): boolean {
  const { theirs } = conflict;
  if (operation.kind !== 'update' || theirs === null) return false;
  return Object.entries(operation.input.changes).every(([name, value]) => (theirs.values[name] ?? null) === value);
}
