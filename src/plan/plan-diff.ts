import type { FieldValue } from './field';
import type { Plan } from './rows';
import { sectionById, type SectionId } from './schema';
import { signedSections, type SignedVersion, type SignedRow } from './signed-version';
import { SIGN_OFF_FIELDS } from './sign-off';

export interface ChangedRow {
  readonly key: string;
  readonly label: string;
}

/** What changed in one section since the snapshot. */
export interface SectionChanges {
  readonly section: SectionId;
  readonly added: readonly ChangedRow[];
  readonly changed: readonly ChangedRow[];
  readonly removed: readonly ChangedRow[];
}

function sameValues(a: Readonly<Record<string, FieldValue>>, b: Readonly<Record<string, FieldValue>>): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? null) === (b[name] ?? null));
}

function labelOf(section: SectionId, row: SignedRow): string {
  const def = sectionById(section);
  const value = row.values[def.labelField];
  return value === null || value === undefined || value === '' ? def.title : String(value);
}

/**
 * Rows added, changed and removed per section between a signed snapshot and the plan now
 * (only sections with a change; the header counts as section "plan").
 */
export function diffSinceSnapshot(snapshot: SignedVersion, plan: Plan): SectionChanges[] {
  const result: SectionChanges[] = [];
  const headerNow = Object.fromEntries(
    Object.entries(plan.header.values).filter(([name]) => !SIGN_OFF_FIELDS.includes(name)),
  ) as Record<string, FieldValue>;
  if (!sameValues(snapshot.header, headerNow)) {
    const label = labelOf('plan', { key: plan.header.key, values: headerNow });
    result.push({ section: 'plan', added: [], changed: [{ key: plan.header.key, label }], removed: [] });
  }
  for (const section of signedSections()) {
    const before = new Map((snapshot.sections[section] ?? []).map((row) => [row.key, row]));
    const now = (plan.sections[section as keyof Plan['sections']] ?? []) as readonly SignedRow[];
    const nowKeys = new Set(now.map((row) => row.key));
    const added = now.filter((row) => !before.has(row.key)).map((row) => ({ key: row.key, label: labelOf(section, row) }));
    const changed = now
      .filter((row) => {
        const old = before.get(row.key);
        return old !== undefined && !sameValues(old.values, row.values);
      })
      .map((row) => ({ key: row.key, label: labelOf(section, row) }));
    const removed = [...before.values()].filter((row) => !nowKeys.has(row.key)).map((row) => ({ key: row.key, label: labelOf(section, row) }));
    if (added.length + changed.length + removed.length > 0) result.push({ section, added, changed, removed });
  }
  return result;
}

/** Whether two signed versions hold the same plan (when each was taken does not matter). */
export function sameSignedContent(a: SignedVersion, b: SignedVersion): boolean {
  if (!sameValues(a.header, b.header)) return false;
  return signedSections().every((section) => {
    const left = a.sections[section] ?? [];
    const right = new Map((b.sections[section] ?? []).map((row) => [row.key, row]));
    return left.length === right.size && left.every((row) => {
      const other = right.get(row.key);
      return other !== undefined && sameValues(row.values, other.values);
    });
  });
}
