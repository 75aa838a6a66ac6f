import type { RowRef } from '../../agenda';
import { sectionById, validateValues, type FieldDef, type FieldValue, type RowSectionId, type SectionDef, type ValidatedValues } from '../../plan';
import type { MeetingInfo } from './meeting-values';

/**
 * What can be recorded on an agenda item during the call. Each kind is a row of its own section
 * (so two people recording at once add two rows and can never overwrite each other); the person
 * fills in the section's `inMeeting` fields, the meeting fills in the rest here.
 */
export type RecordKind = 'decision' | 'action' | 'concern' | 'update' | 'note';

type Values = Record<string, FieldValue>;

/** The agenda item a record is made on: its id, and its title as the person recording reads it. */
export interface RecordedItem {
  readonly id: string;
  readonly title: string;
}

interface RecordSpec {
  readonly section: RowSectionId;
  /** The values the meeting gives every record of this kind. */
  fixed(meeting: MeetingInfo, item: RecordedItem): Values;
  /** Whether the record can say which of the item's rows it is about. */
  readonly aboutRow: boolean;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const RECORDS: Readonly<Record<RecordKind, RecordSpec>> = {
  decision: { section: 'decisions', aboutRow: true, fixed: (m) => ({ MeetingKey: m.key, DecidedOn: m.date }) },
  action: { section: 'actions', aboutRow: true, fixed: (m) => ({ Status: 'Open', RaisedInMeeting: m.key }) },
  concern: {
    section: 'concernsRaised',
    aboutRow: false,
    // Concerns are filed under the month of the meeting ("March 2031").
    fixed: (m) => ({ Month: MONTH.format(new Date(`${m.date}T00:00:00Z`)), Resolved: false, RaisedInMeeting: m.key }),
  },
  update: { section: 'communityUpdates', aboutRow: false, fixed: (m) => ({ UpdateDate: m.date, RaisedInMeeting: m.key }) },
  note: { section: 'meetingNotes', aboutRow: false, fixed: (m, item) => ({ MeetingKey: m.key, AgendaItem: item.id, AgendaItemTitle: item.title }) },
};

export const RECORD_KINDS = Object.keys(RECORDS) as readonly RecordKind[];

export function recordSection(kind: RecordKind): SectionDef {
  return sectionById(RECORDS[kind].section);
}

export function recordSectionId(kind: RecordKind): RowSectionId {
  return RECORDS[kind].section;
}

/** The fields a person fills in for this kind of record, in schema order. */
export function recordFields(kind: RecordKind): readonly FieldDef[] {
  return recordSection(kind).fields.filter((f) => f.inMeeting);
}

/** Whether the record may name one of the item's rows ("About"). */
export function recordsAboutRow(kind: RecordKind, item: { readonly rows: readonly RowRef[] }): boolean {
  return RECORDS[kind].aboutRow && item.rows.length > 0;
}

/**
 * The row a record writes: what the person entered (only the fields they are asked for), the
 * meeting's own values and the row it is about, checked by the schema (a ValidationError names
 * each field).
 */
export function recordValues(kind: RecordKind, meeting: MeetingInfo, item: RecordedItem, entered: Readonly<Record<string, unknown>>, about?: RowRef): ValidatedValues {
  const asked = new Set(recordFields(kind).map((f) => f.name));
  const own = Object.fromEntries(
    Object.entries(entered)
      .filter(([name]) => asked.has(name))
      .map(([name, value]) => [name, typeof value === 'string' ? value.trim() : value]),
  );
  const linked = about && RECORDS[kind].aboutRow ? { LinkedSection: about.section, LinkedRowKey: about.key } : {};
  return validateValues(recordSection(kind), { ...own, ...RECORDS[kind].fixed(meeting, item), ...linked }, 'create');
}
