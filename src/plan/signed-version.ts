import { MULTI_LINE_MAX, type FieldValue } from './field';
import type { Plan } from './rows';
import { ROW_SECTIONS, type SectionId } from './schema';
import { SIGN_OFF_FIELDS } from './sign-off';

/**
 * A signed version of a plan, kept as JSON in the Snapshots list. It holds what the partners
 * agreed to: every section's rows, not the meeting records (which change during meetings) nor
 * the signatures themselves (signing would otherwise "change" the plan). The list (and the
 * `snapshots` section) keep the name existing sites were provisioned with; in code a kept plan
 * is a signed version, so that one word does not stand for the list, its parts and the plan.
 */
export interface SignedVersion {
  readonly format: 1;
  readonly planId: string;
  readonly takenAt: string;
  readonly header: Readonly<Record<string, FieldValue>>;
  readonly sections: Readonly<Record<string, readonly SignedRow[]>>;
}

export interface SignedRow {
  readonly key: string;
  readonly values: Readonly<Record<string, FieldValue>>;
}


/** Sections that are records about the plan rather than the plan. */
const NOT_SIGNED: readonly SectionId[] = ['snapshots', 'meetings'];

/** A content part stays below SharePoint's multi-line limit with room to spare. */
export const SIGNED_VERSION_PART_MAX = MULTI_LINE_MAX - 999;

export function signedSections(): readonly SectionId[] {
  return ROW_SECTIONS.map((s) => s.id as SectionId).filter((id) => !NOT_SIGNED.includes(id));
}

/** The signable content of a plan as it is now. */
export function signedVersionOf(plan: Plan, takenAt: Date = new Date()): SignedVersion {
  const header = Object.fromEntries(
    Object.entries(plan.header.values).filter(([name]) => !SIGN_OFF_FIELDS.includes(name)),
  ) as Record<string, FieldValue>;
  const sections = Object.fromEntries(
    signedSections().map((id) => [
      id,
      (plan.sections[id as keyof Plan['sections']] ?? []).map((row) => ({ key: row.key, values: { ...row.values } as Record<string, FieldValue> })),
    ]),
  );
  return { format: 1, planId: plan.header.key, takenAt: takenAt.toISOString(), header, sections };
}

/**
 * JSON cut into parts that each fit one multi-line SharePoint cell. "<", ">" and "=" are written
 * as JSON escapes: a person is stored as "Name <email>", and the plan's no-markup rule (which
 * storage applies to every text cell) would otherwise refuse the part.
 */
export function splitSignedVersion(snapshot: SignedVersion, partMax: number = SIGNED_VERSION_PART_MAX): string[] {
  const json = JSON.stringify(snapshot).replace(/[<>=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const parts: string[] = [];
  for (let at = 0; at < json.length; at += partMax) parts.push(json.slice(at, at + partMax));
  return parts;
}

/** Why a stored signed version cannot be read: the UI words it from the reason and counts. */
export class SignedVersionError extends Error {
  constructor(
    readonly reason: 'incomplete' | 'format',
    readonly found = 0,
    readonly expected = 0,
  ) {
    super(reason === 'incomplete' ? `The signed version is incomplete: ${found} of ${expected} parts were found.` : 'The signed version is not in a format this app can read.');
    this.name = 'SignedVersionError';
  }
}

function parseJoined(json: string): Partial<SignedVersion> {
  try {
    return JSON.parse(json) as Partial<SignedVersion>;
  } catch {
    throw new SignedVersionError('format');
  }
}

/** The stored parts (any order) back into a snapshot; throws SignedVersionError when a part is missing or the JSON is not ours. */
export function joinSignedVersion(parts: readonly { part: number; parts: number; content: string }[]): SignedVersion {
  const sorted = [...parts].sort((a, b) => a.part - b.part);
  const expected = sorted[0]?.parts ?? 0;
  if (sorted.length === 0 || sorted.length !== expected || sorted.some((p, i) => p.part !== i + 1)) {
    throw new SignedVersionError('incomplete', sorted.length, expected);
  }
  const parsed = parseJoined(sorted.map((p) => p.content).join(''));
  if (parsed.format !== 1 || typeof parsed.sections !== 'object' || typeof parsed.header !== 'object') {
    throw new SignedVersionError('format');
  }
  return parsed as SignedVersion;
}

/** One kept version read from its rows (of the Snapshots list, any order); throws SignedVersionError like joinSignedVersion. */
export function signedVersionFromRows(rows: readonly { readonly values: Readonly<Record<string, FieldValue | undefined>> }[], key: string): SignedVersion {
  const parts = rows
    .filter((row) => row.values['SnapshotKey'] === key)
    .map(({ values: v }) => ({
      part: typeof v['Part'] === 'number' ? v['Part'] : 0,
      parts: typeof v['Parts'] === 'number' ? v['Parts'] : 0,
      content: typeof v['Content'] === 'string' ? v['Content'] : '',
    }));
  return joinSignedVersion(parts);
}
