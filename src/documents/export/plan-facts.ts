import type { Translate } from '../../i18n/catalogue';
import { formatDay } from '../../i18n/locale-format';
import { isSectionId, sectionById, strandFromChoice, type AnyRow, type IsoDate, type Plan, type SectionDef, type StrandId } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';

/** The strand a row works for: its own Strand value, else the strand of the section it links to. */
export function strandOfRow(row: Pick<AnyRow, 'values'>): StrandId | undefined {
  const own = strandFromChoice(row.values.Strand);
  if (own !== undefined) return own;
  const linked = textOf(row.values.LinkedSection);
  return linked && isSectionId(linked) ? (sectionById(linked) as SectionDef).strand : undefined;
}

/** A meeting key as people know it: "meeting of 12 Mar 2031", or the key when the meeting is gone. */
export function meetingLabel(plan: Plan, key: string | null, t: Translate): string {
  if (!key) return '';
  const meeting = plan.sections.meetings.find((m) => m.key === key);
  const date = meeting ? dateOf(meeting.values.MeetingDate) : null;
  return date ? t('document.handover.meetingOfInline', { date: formatDay(date, t.locale) }) : key;
}

/** The day a row last changed, for rows that record no date of their own. */
export function modifiedDay(row: Pick<AnyRow, 'modified'>): IsoDate {
  return row.modified.slice(0, 10);
}

/** Whether a date falls in [from, to], both included. */
export function within(date: IsoDate | null, from: IsoDate, to: IsoDate): boolean {
  return date !== null && date >= from && date <= to;
}
