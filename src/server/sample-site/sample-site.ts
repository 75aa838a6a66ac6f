import { ROW_SECTIONS, SIGN_OFF_FIELDS, addDays, sectionById, todayLocal, validateValues, type FieldValue, type IsoDate, type SectionDef } from '../../plan';
import { signedSections, splitSignedVersion, type SignedVersion } from '../../plan/signed-version';
import { fieldsForGraph } from '../../storage/graph/row-mapping';
import type { StandInDb } from '../stand-in/db/database';
import { SAMPLE_CEM } from '../stand-in/sample-users';
import { loadIntoEmptySite, type ItemContent, type SiteContent } from '../stand-in/site-content';
import { lappLists } from './provision';
import { SAMPLE_PLANS, sampleContext, sampleKey, type CouncilSample } from './sample-data';

type Values = Record<string, FieldValue>;
interface SeedRow {
  readonly key: string;
  readonly order: number;
  readonly values: Values;
}

const planSection = sectionById('plan');
const snapshotSection = sectionById('snapshots');

/** One row as the adapter writes it: its fields, Title from the label, plan id, key and order. */
function itemOf(section: SectionDef, planId: string, row: SeedRow, createdBy: string, created: string): ItemContent {
  return { fields: { ...fieldsForGraph(section, row.values, 'create'), PlanId: planId, ClientKey: row.key, SortOrder: row.order }, createdBy, created };
}

/**
 * When a sample plan's rows were written: the day before it was first signed or shared (or
 * yesterday), so the plan reads as it was signed, not as if every row changed since.
 */
function writtenOn(header: Values, today: IsoDate): string {
  const dates = [header.AclmSignedOn, header.ClmSignedOn, header.LastSharedOn, today].filter((d): d is string => typeof d === 'string');
  return `${addDays(dates.sort()[0] as IsoDate, -1)}T09:00:00Z`;
}

/** The plan as a signed or shared version, in the app's snapshot format (src/plan/signed-version.ts). */
function snapshotRows(sample: CouncilSample, header: Values, rows: ReadonlyMap<string, SeedRow[]>, today: IsoDate): SeedRow[] {
  const signedKey = header.SignedSnapshotKey;
  const key = typeof signedKey === 'string' ? signedKey : `shared-${String(header.LastSharedOn ?? today)}`;
  const snapshot: SignedVersion = {
    format: 1,
    planId: sample.council.planId,
    takenAt: `${String(header.ClmSignedOn ?? header.LastSharedOn ?? today)}T10:00:00.000Z`,
    header: Object.fromEntries(Object.entries(header).filter(([name]) => !SIGN_OFF_FIELDS.includes(name))),
    sections: Object.fromEntries(signedSections().map((id) => [id, (rows.get(id) ?? []).map((r) => ({ key: r.key, values: r.values }))])),
  };
  const parts = splitSignedVersion(snapshot);
  return parts.map((content, i) => ({
    key: sampleKey(sample.council.planId, 'snapshots', i + 1),
    order: i + 1,
    // Not through validateValues: the JSON holds people as "Name <email>", which its markup rule refuses.
    values: { SnapshotKey: key, Reason: signedKey ? 'Signed' : 'Shared', Part: i + 1, Parts: parts.length, Content: content },
  }));
}

function planItems(sample: CouncilSample, today: IsoDate): Map<string, ItemContent[]> {
  const { planId } = sample.council;
  const aclm = sample.council.aclm.email;
  const header = validateValues(planSection, sample.header);
  const stampedAt = writtenOn(header, today);
  const items = new Map<string, ItemContent[]>([[planSection.list, [itemOf(planSection, planId, { key: planId, order: 0, values: header }, SAMPLE_CEM.email, stampedAt)]]]);
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
    items.set(section.list, (rows.get(section.id) ?? []).map((row) => itemOf(section, planId, row, by, stampedAt)));
  }
  return items;
}

/**
 * The sample site (development and tests only): every LAPP list, provisioned as the adapter
 * would, holding the fictional sample councils' plans with rows in every section, dated relative
 * to `today` so there is always overdue and due-soon work. Built with the app's own row mapping
 * and loaded through the stand-in's Graph checks, so a mapping SharePoint would refuse fails here.
 */
export function sampleSiteContent(today: IsoDate = todayLocal()): SiteContent {
  const plans = SAMPLE_PLANS.map(({ council, build }) => planItems(build(sampleContext(today, council)), today));
  return { lists: lappLists((list) => plans.flatMap((items) => items.get(list) ?? [])), createdBy: SAMPLE_CEM.email };
}

/** Fills an empty stand-in database with the sample site; does nothing if any list exists. */
export function seedIfEmpty(db: StandInDb, today: IsoDate = todayLocal()): boolean {
  return loadIntoEmptySite(db, sampleSiteContent(today));
}
