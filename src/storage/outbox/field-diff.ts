import { fieldOf, sectionById, type AnyRow, type SectionId } from '../../plan';
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

/** The conflict a 412 on this change means, with the row as storage holds it now. */
export function conflictFor(operation: ChangeOperation, current: unknown): ConflictInfo {
  const theirs = asRow(current);
  if (operation.kind === 'update') {
    const mine = operation.input.changes;
    return { mine, theirs, fields: diffFields(operation.input.section, mine, theirs) };
  }
  return { mine: null, theirs, fields: [] };
}

/**
 * Whether storage already holds everything the change asked for — our own earlier attempt whose
 * answer was lost, or someone making the same edit — so there is nothing to ask anyone.
 */
export function alreadyHolds(conflict: ConflictInfo): boolean {
  return conflict.mine !== null && conflict.theirs !== null && conflict.fields.every((f) => !f.differs);
}
