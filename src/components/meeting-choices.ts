import type { Plan, Row } from '../plan';
import { dateOf, textOf } from '../plan/read-values';
import { dayText, type CoreTranslate } from '../i18n';

/** A meeting a field can point at: its key, and how people know it. */
export interface MeetingChoice {
  readonly key: string;
  readonly label: string;
}

/** "12 Mar 2031 — Fortnightly review": a meeting by its date and kind (or just its date). */
export function meetingLabel(meeting: Row<'meetings'>, t: CoreTranslate): string {
  const date = dateOf(meeting.values.MeetingDate);
  const kind = textOf(meeting.values.Kind);
  const when = date ? dayText(t, date) : t('meeting.undated');
  return kind ? `${when} — ${t.schema(kind)}` : when;
}

/** The plan's meetings to choose from, the latest first. */
export function meetingChoices(plan: Plan, t: CoreTranslate): MeetingChoice[] {
  return [...plan.sections.meetings]
    .sort((a, b) => (dateOf(b.values.MeetingDate) ?? '').localeCompare(dateOf(a.values.MeetingDate) ?? '') || b.key.localeCompare(a.key))
    .map((m) => ({ key: m.key, label: meetingLabel(m, t) }));
}
