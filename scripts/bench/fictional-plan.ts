import {
  addDays,
  ROW_SECTIONS,
  sectionById,
  validateValues,
  type FieldDef,
  type FieldValue,
  type Plan,
  type SectionDef,
  type ValidatedValues,
} from '../../src/plan';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';

/**
 * Fictional plans of any size for the benchmark: a council that does not exist, people who do
 * not exist (emails at .example, phone numbers from Ofcom's drama range), every value valid.
 */

export interface GeneratedRow {
  readonly section: SectionDef;
  readonly key: string;
  readonly order: number;
  readonly values: ValidatedValues;
}

export interface GeneratedPlan {
  readonly planId: string;
  readonly header: GeneratedRow;
  /** Every row but the header, spread over all the plan's lists. */
  readonly rows: readonly GeneratedRow[];
}

/** Meeting records and the lists a busy partnership fills fastest get more rows. */
const WEIGHTS: Readonly<Record<string, number>> = {
  actions: 6,
  decisions: 4,
  communityUpdates: 3,
  concernsRaised: 2,
  keyContacts: 2,
  meetings: 2,
};

const WORDS = ['library', 'drop-in', 'leaflet', 'parish', 'youth club', 'volunteers', 'bus stop', 'market', 'village hall', 'newsletter', 'radio', 'school', 'surgery', 'allotments', 'sports club', 'food bank'];
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Esme', 'Farid', 'Gwen', 'Hugo', 'Isla', 'Jonah'];
const LAST = ['Ashdown', 'Brackley', 'Corran', 'Dunmore', 'Elstow', 'Fennick', 'Garrow', 'Hale'];

/** The id of the benchmark's plan of this many rows. */
export const benchPlanId = (rows: number) => `wrenmoor-${rows}`;

export const BENCH_COUNCIL_DOMAIN = 'wrenmoor.example';
export const BENCH_ACLM_EMAIL = `jonah.hale@${BENCH_COUNCIL_DOMAIN}`;

function phrase(n: number, words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ');
}

function person(n: number): string {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[(n >> 2) % LAST.length]!;
  return `${first} ${last} <${first.toLowerCase()}.${last.toLowerCase()}@${BENCH_COUNCIL_DOMAIN}>`;
}

function valueFor(field: FieldDef, n: number): FieldValue {
  switch (field.kind) {
    case 'text':
      return `${field.label} ${n}: ${phrase(n, 3)}`.slice(0, 120);
    case 'note':
      return `Agreed with the ${phrase(n, 4)} team to follow up on the ${phrase(n + 1, 6)} before the next meeting.`;
    case 'choice':
      return field.choices![n % field.choices!.length]!;
    case 'date':
      return addDays('2030-11-01', (n * 7) % 150);
    case 'boolean':
      return n % 2 === 0;
    case 'number':
      return (n % 40) + 1;
    case 'email':
      return `contact${n}@${BENCH_COUNCIL_DOMAIN}`;
    case 'phone':
      return `01632 960${String(n % 1000).padStart(3, '0')}`;
    case 'url':
      return `https://www.${BENCH_COUNCIL_DOMAIN}/census/${n}`;
    case 'person':
      return person(n);
  }
}

/** A row of the section with every field filled, checked as the store would check it. */
export function generatedRow(section: SectionDef, key: string, n: number, order = n): GeneratedRow {
  // A link names a row of the row's own plan (the service refuses any other), which a row made
  // on its own cannot know: generated rows link to nothing.
  const links = new Set(section.fields.flatMap((f) => (f.rowIn ? [f.name, f.rowIn] : [])));
  const values = Object.fromEntries(section.fields.map((f) => [f.name, links.has(f.name) ? null : valueFor(f, n)]));
  return { section, key, order, values: validateValues(section, values) };
}

/** How many rows each list gets: by weight, largest remainders first, adding up to `total`. */
function rowsPerSection(total: number): Map<SectionDef, number> {
  const weightOf = (s: SectionDef) => WEIGHTS[s.id] ?? 1;
  const sum = ROW_SECTIONS.reduce((acc, s) => acc + weightOf(s), 0);
  const shares = ROW_SECTIONS.map((s) => ({ section: s as SectionDef, exact: (total * weightOf(s)) / sum }));
  const counts = new Map(shares.map(({ section, exact }) => [section, Math.floor(exact)]));
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  for (const { section } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left-- <= 0) break;
    counts.set(section, counts.get(section)! + 1);
  }
  return counts;
}

/** The plan header: milestones in order, the sample CEM as its CEM (so the stand-in lets them write). */
function headerRow(planId: string, rowCount: number): GeneratedRow {
  const section = sectionById('plan') as SectionDef;
  const values = validateValues(section, {
    CouncilName: `Wrenmoor ${rowCount} District Council`,
    Census: 'Census 2031',
    Cem: `${SAMPLE_CEM.displayName} <${SAMPLE_CEM.email}>`,
    Aclm: `Jonah Hale <${BENCH_ACLM_EMAIL}>`,
    Clm: person(3),
    CouncilDomain: BENCH_COUNCIL_DOMAIN,
    CensusDay: '2031-03-23',
    AnnounceFrom: '2031-01-05',
    AddressFrom: '2031-02-16',
    ActNowFrom: '2031-03-09',
    MeetingEveryDays: 14,
  });
  return { section, key: planId, order: 0, values };
}

/** A plan of `rowCount` rows (besides its header) spread over every list of the schema. */
export function generatePlan(planId: string, rowCount: number): GeneratedPlan {
  const rows: GeneratedRow[] = [];
  for (const [section, count] of rowsPerSection(rowCount)) {
    for (let i = 1; i <= count; i += 1) rows.push(generatedRow(section, `${planId}-${section.id}-${i}`, i));
  }
  return { planId, header: headerRow(planId, rowCount), rows };
}

/** The plan as the store would load it, built in memory (for the agenda engine). */
export function inMemoryPlan(generated: GeneratedPlan): Plan {
  let nextId = 0;
  const stored = (row: GeneratedRow) => {
    nextId += 1;
    return {
      section: row.section.id,
      id: String(nextId),
      key: row.key,
      planId: generated.planId,
      etag: `"{0B5E7C2A-0000-4000-8000-${String(nextId).padStart(12, '0')}},1"`,
      order: row.order,
      created: '2031-01-02T09:00:00Z',
      modified: '2031-01-02T09:00:00Z',
      values: row.values,
    };
  };
  const sections = Object.fromEntries(ROW_SECTIONS.map((s) => [s.id, [] as unknown[]]));
  for (const row of generated.rows) sections[row.section.id]!.push(stored(row));
  return { header: stored(generated.header), sections } as unknown as Plan;
}
