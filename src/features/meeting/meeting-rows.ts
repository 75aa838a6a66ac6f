import { sectionById, type AnyRow, type IsoDate, type Plan, type Row, type SectionId } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { daysApart, SAME_MEETING_DAYS, type AgendaItem, type RowRef } from '../../agenda';
import { findRow } from '../../plan/plan-rows';

/** The sections a meeting reads and writes: what the live polling watches. */
export const MEETING_SECTIONS: readonly SectionId[] = ['meetings', 'decisions', 'actions', 'concernsRaised', 'communityUpdates', 'meetingNotes'];

/**
 * A short stable hash (FNV-1a, hex) of a Teams meeting id. Teams' ids are long; the row key made
 * from one must fit a text column and be the same for every participant, so that two people
 * creating the meeting's row at once create one row (creates are idempotent by key).
 */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The Meetings row key for a Teams meeting of a plan: the same for everyone in the call. */
export function meetingKeyFor(planId: string, teamsMeetingId: string): string {
  return `${planId}/meeting-${shortHash(teamsMeetingId)}`;
}

/** The plan's Meetings row a page is about: by row key, else by the Teams meeting it records. */
export function findMeeting(plan: Plan, meetingRef: string): Row<'meetings'> | undefined {
  const meetings = plan.sections.meetings;
  return meetings.find((m) => m.key === meetingRef) ?? meetings.find((m) => textOf(m.values.TeamsMeetingId) === meetingRef);
}

/** How far from the call's day a planned meeting may be and still be the one the call is for. */
const PLANNED_WINDOW_DAYS = 14;

/** Which Meetings row a Teams meeting the plan has not seen yet is. */
export type PlannedMatch =
  /** The one open meeting planned within a few days of the call: link it. */
  | { readonly kind: 'link'; readonly row: Row<'meetings'> }
  /** Several candidates, or one on another day: the person says which (or a new one). */
  | { readonly kind: 'choose'; readonly rows: readonly Row<'meetings'>[] }
  /** Nothing planned near the call: a new meeting. */
  | { readonly kind: 'new' };

/**
 * The planned meeting a Teams meeting is, by date: meetings not closed, not linked to another
 * Teams meeting and dated within two weeks of the call, nearest first. The only one within a
 * few days is the meeting; anything else is the person's choice. Either way a meeting opened
 * early or late is the planned one, never a second row for the same date.
 */
export function plannedMeetingFor(plan: Plan, today: IsoDate): PlannedMatch {
  const rows = plan.sections.meetings
    .filter((m) => textOf(m.values.MeetingStatus) !== 'Closed' && !textOf(m.values.TeamsMeetingId))
    .flatMap((m) => {
      const date = dateOf(m.values.MeetingDate);
      if (!date) return [];
      const distance = daysApart(today, date);
      return distance <= PLANNED_WINDOW_DAYS ? [{ m, distance }] : [];
    })
    .sort((a, b) => a.distance - b.distance || a.m.key.localeCompare(b.m.key));
  const near = rows.filter((r) => r.distance <= SAME_MEETING_DAYS);
  if (near.length === 1 && rows.length === 1) return { kind: 'link', row: near[0]!.m };
  return rows.length > 0 ? { kind: 'choose', rows: rows.map((r) => r.m) } : { kind: 'new' };
}

/**
 * The meeting a page opened without naming one is about: the earliest meeting not yet closed,
 * else none (the details tab then plans a new one).
 */
export function nextOpenMeeting(plan: Plan): Row<'meetings'> | undefined {
  return [...plan.sections.meetings]
    .filter((m) => textOf(m.values.MeetingStatus) !== 'Closed' && dateOf(m.values.MeetingDate) !== null)
    .sort((a, b) => (dateOf(a.values.MeetingDate) ?? '').localeCompare(dateOf(b.values.MeetingDate) ?? ''))[0];
}

function byOrder<R extends AnyRow | Row>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => a.order - b.order || a.created.localeCompare(b.created));
}

/** The decisions recorded at a meeting, in the order they were made. */
export function decisionsOf(plan: Plan, meetingKey: string): Row<'decisions'>[] {
  return byOrder(plan.sections.decisions.filter((d) => textOf(d.values.MeetingKey) === meetingKey));
}

/** The notes taken at a meeting, in the order they were taken. */
export function notesOf(plan: Plan, meetingKey: string): Row<'meetingNotes'>[] {
  return byOrder(plan.sections.meetingNotes.filter((n) => textOf(n.values.MeetingKey) === meetingKey));
}

/** The notes of a meeting as lines for the minutes: "<item>: <note>". */
export function notesText(plan: Plan, meetingKey: string): string | null {
  const lines = notesOf(plan, meetingKey).map((n) => {
    const note = (textOf(n.values.Note) ?? '').replace(/\s+/g, ' ').trim();
    const about = textOf(n.values.AgendaItemTitle);
    return about ? `${about}: ${note}` : note;
  });
  return lines.length > 0 ? lines.join('\n') : null;
}

/** The actions an agenda item is about: the item's own action rows and actions raised from its rows. */
export function actionsOnItem(plan: Plan, item: AgendaItem): Row<'actions'>[] {
  const keys = new Set(item.rows.map((r) => r.key));
  return byOrder(plan.sections.actions.filter((a) => keys.has(a.key) || keys.has(textOf(a.values.LinkedRowKey) ?? '')));
}

/** What a row the agenda points at is called, for choosing what a decision is about. */
export function rowRefLabel(plan: Plan, ref: RowRef): string {
  const section = sectionById(ref.section);
  const row = findRow(plan, ref.section, ref.key);
  return (row && textOf(row.values[section.labelField])) ?? section.title;
}

/** What became of the one action or concern an item is about during the meeting, if it was closed. */
export function itemOutcome(plan: Plan, item: AgendaItem): 'done' | 'dropped' | 'resolved' | undefined {
  const [ref] = item.rows;
  if (!ref || item.rows.length !== 1) return undefined;
  if (item.kind === 'action') {
    const status = textOf(plan.sections.actions.find((a) => a.key === ref.key)?.values.Status);
    return status === 'Done' ? 'done' : status === 'Dropped' ? 'dropped' : undefined;
  }
  if (item.kind === 'concern') {
    return plan.sections.concernsRaised.find((c) => c.key === ref.key)?.values.Resolved === true ? 'resolved' : undefined;
  }
  return undefined;
}
