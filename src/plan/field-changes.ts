import type { FieldDef, FieldValue } from './field';
import type { Plan } from './rows';
import { sectionById, type SectionId } from './schema';
import type { SignedVersion } from './signed-version';
import { SIGN_OFF_FIELDS } from './sign-off';

/** One field of one row as it was signed and as it is now. */
export interface FieldChange {
  readonly field: FieldDef;
  readonly before: FieldValue;
  readonly after: FieldValue;
}

// The same test of sameness as the list of changed rows (plan-diff), so a row listed there shows its fields here.
const same = (a: FieldValue | undefined, b: FieldValue | undefined) => (a ?? null) === (b ?? null);

/**
 * The fields of one row whose values differ between the signed version and now, in the
 * section's field order (signature fields left out: signing is not a change to the plan).
 * Empty when the row is in only one of the two.
 */
export function fieldChangesSinceSigned(snapshot: SignedVersion, plan: Plan, section: SectionId, key: string): FieldChange[] {
  const before = section === 'plan' ? snapshot.header : snapshot.sections[section]?.find((row) => row.key === key)?.values;
  const rows = section === 'plan' ? [plan.header] : ((plan.sections[section as keyof Plan['sections']] ?? []) as readonly { key: string; values: Readonly<Record<string, FieldValue>> }[]);
  const after = rows.find((row) => row.key === key)?.values;
  if (!before || !after) return [];
  return sectionById(section)
    .fields.filter((field) => !SIGN_OFF_FIELDS.includes(field.name) && !same(before[field.name], after[field.name]))
    .map((field) => ({ field, before: before[field.name] ?? null, after: after[field.name] ?? null }));
}
