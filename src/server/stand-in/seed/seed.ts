import { ROW_SECTIONS, SIGN_OFF_FIELDS, addDays, sectionById, todayLocal, validateValues, type FieldValue, type IsoDate, type SectionDef } from '../../../plan';
import { signedSections, splitSnapshot, type PlanSnapshot } from '../../../plan/plan-snapshot';
import { fieldsForGraph } from '../../../storage/graph/row-mapping';
import type { StandInDb } from '../db/database';
import { insertItem } from '../db/items-repo';
import { allLists, findList, listColumns } from '../db/lists-repo';
import { applyChanges, coerceFieldChanges } from '../resources/field-values';
import { SAMPLE_CEM } from '../sample-users';
import { SAMPLE_PLANS, sampleContext, sampleKey, type CouncilSample } from './sample-data';
import { provisionAllLists } from './provision';

type Values = Record<string, FieldValue>;
interface SeedRow {
  readonly key: string;
  readonly order: number;
  readonly values: Values;
}

const planSection = sectionById('plan');
const snapshotSection = sectionById('snapshots');

/** Writes one row as the adapter would: its fields, Title from the label, plan id, key and order. */
function writeRow(db: StandInDb, section: SectionDef, planId: string, row: SeedRow, by: string, stampedAt: string): void {
  const list = findList(db, section.list)!;
  const fields = { ...fieldsForGraph(section, row.values, 'create'), PlanId: planId, ClientKey: row.key, SortOrder: row.order };
  insertItem(db, list, applyChanges({}, coerceFieldChanges(listColumns(db, list.id), fields)), by, stampedAt);
}

/**
 * When a sample plan's rows were written: the day before it was first signed or shared (or
 * yesterday), so the plan reads as it was signed, not as if every row changed since.
 */
function writtenOn(header: Values, today: IsoDate): string {
  const dates = [header.AclmSignedOn, header.ClmSignedOn, header.LastSharedOn, today].filter((d): d is string => typeof d === 'string');
  return `${addDays(dates.sort()[0] as IsoDate, -1)}T09:00:00Z`;
}

/** The plan as a signed or shared version, in the app's snapshot format (src/lib/plan-snapshot.ts). */
function snapshotRows(sample: CouncilSample, header: Values, rows: ReadonlyMap<string, SeedRow[]>, today: IsoDate): SeedRow[] {
  const signedKey = header.SignedSnapshotKey;
  const key = typeof signedKey === 'string' ? signedKey : `shared-${String(header.LastSharedOn ?? today)}`;
  const snapshot: PlanSnapshot = {
    format: 1,
    planId: sample.council.planId,
    takenAt: `${String(header.ClmSignedOn ?? header.LastSharedOn ?? today)}T10:00:00.000Z`,
    header: Object.fromEntries(Object.entries(header).filter(([name]) => !SIGN_OFF_FIELDS.includes(name))),
    sections: Object.fromEntries(signedSections().map((id) => [id, (rows.get(id) ?? []).map((r) => ({ key: r.key, values: r.values }))])),
  };
  const parts = splitSnapshot(snapshot);
  return parts.map((content, i) => ({
    key: sampleKey(sample.council.planId, 'snapshots', i + 1),
    order: i + 1,
    // Not through validateValues: the JSON holds people as "Name <email>", which its markup rule refuses.
    values: { SnapshotKey: key, Reason: signedKey ? 'Signed' : 'Shared', Part: i + 1, Parts: parts.length, Content: content },
  }));
}

function seedPlan(db: StandInDb, sample: CouncilSample, today: IsoDate): void {
  const { planId } = sample.council;
  const aclm = sample.council.aclm.email;
  const header = validateValues(planSection, sample.header);
  const stampedAt = writtenOn(header, today);
  writeRow(db, planSection, planId, { key: planId, order: 0, values: header }, SAMPLE_CEM.email, stampedAt);
  const rows = new Map<string, SeedRow[]>();
  for (const section of ROW_SECTIONS) {
    const given = sample.rows[section.id as keyof CouncilSample['rows']] ?? [];
    rows.set(
      section.id,
      given.map((values, i) => ({ key: sampleKey(planId, section.id, i + 1), order: i + 1, values: validateValues(section, values) })),
    );
  }
  rows.set(snapshotSection.id, snapshotRows(sample, header, rows, today));
  for (const section of ROW_SECTIONS) {
    // Council-editable sections read as the ACLM's work, the rest as the CEM's.
    const by = section.councilEdits ? aclm : SAMPLE_CEM.email;
    for (const row of rows.get(section.id) ?? []) writeRow(db, section, planId, row, by, stampedAt);
  }
}

/**
 * Fills an empty stand-in database (development only): every LAPP list, provisioned as the
 * adapter would, then the fictional sample councils with rows in every section, dated relative
 * to `today` so there is always overdue and due-soon work. Does nothing if any list exists.
 */
export function seedIfEmpty(db: StandInDb, today: IsoDate = todayLocal()): boolean {
  if (allLists(db).length > 0) return false;
  db.tx(() => {
    provisionAllLists(db);
    for (const { council, build } of SAMPLE_PLANS) seedPlan(db, build(sampleContext(today, council)), today);
  });
  return true;
}
