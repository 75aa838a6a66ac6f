import { addDays, type FieldValue, type IsoDate, type RowSectionId } from '../../../plan';
import type { SampleCouncil } from '../../stand-in/sample-users';

/** One row's values, by field name, as the plan's schema names them. */
export type SampleValues = Readonly<Record<string, FieldValue>>;

/** Everything the seed writes for one council, except the snapshots it derives itself. */
export interface CouncilSample {
  readonly council: SampleCouncil;
  readonly header: SampleValues;
  readonly rows: { readonly [Id in Exclude<RowSectionId, 'snapshots'>]: readonly SampleValues[] };
}

/** Dates and keys relative to the seeding day, so the demo always has overdue and due-soon work. */
export interface SampleContext {
  /** The council the plan is for, with its sample people. */
  readonly council: SampleCouncil;
  /** The date `days` after the seeding day (negative: before). */
  day(days: number): IsoDate;
  /** "March 2031" for the month `days` after the seeding day. */
  month(days: number): string;
  /** The ClientKey the seed gives the n-th (1-based) row of a section in this plan. */
  key(section: RowSectionId, n: number): string;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The key of a seeded row; local priorities use the app's own per-strand keys. */
export function sampleKey(planId: string, section: RowSectionId, n: number): string {
  return section === 'localPriorities' ? `${planId}/strand-${n}` : `${planId}/${section}-${n}`;
}

export function sampleContext(today: IsoDate, council: SampleCouncil): SampleContext {
  const { planId } = council;
  return {
    council,
    day: (days) => addDays(today, days),
    month: (days) => MONTH.format(new Date(`${addDays(today, days)}T00:00:00Z`)),
    key: (section, n) => sampleKey(planId, section, n),
  };
}

/** The census timetable every sample plan shares: census day about four months ahead. */
export function censusTimetable(ctx: SampleContext): SampleValues {
  const censusDay = ctx.day(120);
  return {
    Census: `Census ${censusDay.slice(0, 4)}`,
    CensusDay: censusDay,
    AnnounceFrom: ctx.day(-6),
    AddressFrom: ctx.day(64),
    ActNowFrom: ctx.day(106),
    MeetingEveryDays: 14,
  };
}
