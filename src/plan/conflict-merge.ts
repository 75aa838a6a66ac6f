import type { FieldDef, FieldValue } from './field';

/** One field of a conflicting write: what this person tried to save beside what is saved now. */
export interface FieldConflict {
  readonly field: string;
  readonly mine: FieldValue;
  /** Undefined when the saved row could not be read back. */
  readonly theirs: FieldValue | undefined;
  readonly differs: boolean;
}

/** Keep this person's whole write, the saved row, or the merged values to write instead. */
export type MergeOutcome = 'mine' | 'theirs' | Readonly<Record<string, FieldValue>>;

/** Per field of a conflict: keep this person's value, the saved one, or (for notes) both. */
export type FieldPick = 'mine' | 'theirs' | 'both';

/** Notes are the one kind where keeping both versions, one under the other, makes sense. */
export function canKeepBoth(field: Pick<FieldDef, 'kind'>): boolean {
  return field.kind === 'note';
}

/**
 * The resolution the picks add up to: "mine" or "theirs" when every differing field goes one way,
 * otherwise the merged values (fields taken from theirs are simply left out, so storage keeps them).
 */
export function resolutionFor(fields: readonly FieldConflict[], picks: Readonly<Record<string, FieldPick>>): MergeOutcome {
  const differing = fields.filter((f) => f.differs);
  const pickOf = (f: FieldConflict) => picks[f.field] ?? 'mine';
  if (differing.every((f) => pickOf(f) === 'mine')) return 'mine';
  if (differing.every((f) => pickOf(f) === 'theirs')) return 'theirs';
  const merged: Record<string, FieldValue> = {};
  for (const f of differing) {
    const pick = pickOf(f);
    if (pick === 'mine') merged[f.field] = f.mine;
    if (pick === 'both') merged[f.field] = [f.theirs, f.mine].filter((v) => v !== null && v !== undefined && v !== '').join('\n\n');
  }
  return merged;
}
