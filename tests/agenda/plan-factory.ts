/**
 * Builds small fictional plans for the agenda tests: a council that does not exist, people who
 * do not exist, and only the rows a test needs. Dates sit around a meeting on 2 Feb 2031.
 */
import {
  ROW_SECTIONS,
  sectionById,
  strandChoice,
  type FieldValue,
  type Plan,
  type Row,
  type RowSectionId,
  type SectionId,
  type StrandId,
} from '../../src/plan';

type Values = Record<string, FieldValue>;

export const PLAN_ID = 'kestrel-vale';
export const MEETING = '2031-02-02';
export const NEXT = '2031-02-16';

export interface RowOptions {
  readonly order?: number;
  readonly created?: string;
  readonly modified?: string;
  readonly id?: string;
}

let sequence = 0;

/** One row of any section: every field present (null unless given), metadata filled in. */
export function row<Id extends SectionId>(section: Id, key: string, values: Values, options: RowOptions = {}): Row<Id> {
  sequence += 1;
  const blank = Object.fromEntries(sectionById(section).fields.map((f) => [f.name, null]));
  const created = options.created ?? '2031-01-02T09:00:00Z';
  return {
    section,
    key,
    id: options.id ?? `item-${sequence}`,
    planId: PLAN_ID,
    etag: '"1"',
    order: options.order ?? sequence,
    created,
    modified: options.modified ?? created,
    values: { ...blank, ...values },
  } as Row<Id>;
}

export const DEFAULT_HEADER: Values = {
  CouncilName: 'Kestrel Vale District Council',
  Census: 'Census 2031',
  Cem: 'Ava Lindqvist <ava.lindqvist@census.example>',
  Aclm: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>',
  Clm: 'Ruth Abara <ruth.abara@kestrelvale.gov.uk>',
  CensusDay: '2031-03-23',
  AnnounceFrom: '2031-01-05',
  AddressFrom: '2031-02-16',
  ActNowFrom: '2031-03-09',
};

/** A plan from a header (merged over DEFAULT_HEADER) and rows of any sections. */
export function makePlan(header: Values = {}, rows: readonly Row[] = []): Plan {
  const sections = Object.fromEntries(ROW_SECTIONS.map((s) => [s.id, [] as Row[]])) as Record<RowSectionId, Row[]>;
  for (const r of rows) sections[r.section as RowSectionId].push(r);
  return {
    header: row('plan', PLAN_ID, { ...DEFAULT_HEADER, ...header }, { id: 'header' }),
    sections,
  } as unknown as Plan;
}

export const action = (key: string, values: Values = {}, options?: RowOptions) =>
  row('actions', key, { ActionTitle: `Action ${key}`, Status: 'Open', ...values }, options);

export const concern = (key: string, values: Values = {}, options?: RowOptions) =>
  row('concernsRaised', key, { Month: 'January 2031', Concern: `Concern ${key}`, Resolved: false, ...values }, options);

export const priority = (strand: StrandId, level: 'High' | 'Medium' | 'Low' | null, options?: RowOptions) =>
  row('localPriorities', `priority-${strand}`, { Strand: strandChoice(strand), Priority: level }, options);

export const strand = strandChoice;

export const checklistItem = (key: string, ticks: { Announce?: boolean; Address?: boolean; ActNow?: boolean } = {}) =>
  row('supportChecklist', key, { Item: `Checklist ${key}`, Announce: false, Address: false, ActNow: false, ...ticks });

export const update = (key: string, date: string, community: string, options?: RowOptions) =>
  row('communityUpdates', key, { UpdateDate: date, Community: community, Activity: 'Drop-in session held' }, options);

export const meeting = (key: string, date: string, values: Values = {}) =>
  row('meetings', key, { MeetingDate: date, MeetingStatus: 'Closed', ...values });
