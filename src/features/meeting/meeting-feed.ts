import { formatDate, type AnyRow, type Plan } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';

/** One thing a meeting recorded, as both people and the stage see it. */
export interface FeedEntry {
  readonly key: string;
  readonly kind: 'decision' | 'action' | 'closed' | 'concern' | 'update' | 'note';
  readonly text: string;
  /** An action's owner and due date, an update's community, a closed action's status. */
  readonly detail?: string;
  /** Who recorded it, where storage says. */
  readonly by?: string;
  /** When it was recorded (ISO), for the order. */
  readonly at: string;
}

function entry(row: AnyRow, kind: FeedEntry['kind'], text: string | null, detail?: string | null): FeedEntry {
  return {
    key: `${kind}:${row.key}`,
    kind,
    text: text ?? '',
    ...(detail && { detail }),
    ...(row.modifiedBy && { by: row.modifiedBy }),
    at: kind === 'closed' ? row.modified : row.created,
  };
}

/** "ACLM · due 9 Feb 2031" */
function ownerAndDue(row: AnyRow): string | null {
  const owner = textOf(row.values.Owner);
  const due = dateOf(row.values.DueDate);
  const parts = [owner, due ? formatDate(due) : null].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * Everything the meeting recorded, oldest first: decisions, actions raised (with owner and due
 * date) and closed, concerns, community updates and notes, each read from its own rows.
 */
export function meetingFeed(plan: Plan, meetingKey: string): FeedEntry[] {
  const { sections } = plan;
  const of = (row: AnyRow, field: string) => textOf(row.values[field] ?? null) === meetingKey;
  const entries: FeedEntry[] = [
    ...sections.decisions.filter((r) => of(r, 'MeetingKey')).map((r) => entry(r, 'decision', textOf(r.values.DecisionText))),
    ...sections.actions.filter((r) => of(r, 'RaisedInMeeting')).map((r) => entry(r, 'action', textOf(r.values.ActionTitle), ownerAndDue(r))),
    ...sections.actions.filter((r) => of(r, 'ClosedInMeeting')).map((r) => entry(r, 'closed', textOf(r.values.ActionTitle), textOf(r.values.Status))),
    ...sections.concernsRaised.filter((r) => of(r, 'RaisedInMeeting')).map((r) => entry(r, 'concern', textOf(r.values.Concern), textOf(r.values.Community))),
    ...sections.communityUpdates.filter((r) => of(r, 'RaisedInMeeting')).map((r) => entry(r, 'update', textOf(r.values.Activity), textOf(r.values.Community))),
    ...sections.meetingNotes.filter((r) => of(r, 'MeetingKey')).map((r) => entry(r, 'note', textOf(r.values.Note), textOf(r.values.AgendaItemTitle))),
  ];
  // SharePoint dates rows to the second: within one, the row keys (time-ordered UUIDs) keep the order they were made in.
  const rowKey = (e: FeedEntry) => e.key.slice(e.key.indexOf(':') + 1);
  return entries.sort((a, b) => a.at.localeCompare(b.at) || rowKey(a).localeCompare(rowKey(b)) || a.key.localeCompare(b.key));
}
