import type { ActionOutcome, Agenda, AgendaText, MeetingRecords } from '../../agenda';
import { parsePerson, type AnyRow, type IsoDate, type Plan, type Row } from '../../plan';
import { dateOf, textOf } from '../../plan/read-values';
import { currentItemIndex } from './meeting-agenda';

/**
 * What a meeting recorded besides decisions and the actions it raised or closed, read back from
 * the plan for the minutes: each kind from its own rows, so whoever closes the meeting writes the
 * same minutes.
 */

/** "Boat dwellers: Moorings change every fortnight." */
function aboutCommunity(row: AnyRow, text: string): string {
  const community = textOf(row.values.Community);
  const said = textOf(row.values[text]) ?? '';
  return community ? `${community}: ${said}` : said;
}

/** The summary, concerns, community updates and the items not reached, as lines for the minutes. */
export function meetingRecords(input: {
  readonly plan: Plan;
  readonly meeting: Row<'meetings'>;
  readonly meetingDate: IsoDate;
  readonly agenda: Agenda;
  readonly summary: string | undefined;
  readonly agendaText: (text: AgendaText) => string;
}): MeetingRecords {
  const { plan, meeting, agenda } = input;
  const here = (row: AnyRow) => textOf(row.values.RaisedInMeeting) === meeting.key;
  const concerns = plan.sections.concernsRaised;
  // The item the meeting was on when it closed was reached; every one after it was not.
  const reached = currentItemIndex(agenda, textOf(meeting.values.CurrentItem));
  return {
    ...(input.summary !== undefined && { summary: input.summary }),
    concernsRaised: concerns.filter(here).map((c) => aboutCommunity(c, 'Concern')),
    concernsResolved: concerns
      .filter((c) => c.values.Resolved === true && dateOf(c.values.ResolvedOn) === input.meetingDate && !here(c))
      .map((c) => aboutCommunity(c, 'Concern')),
    updates: plan.sections.communityUpdates.filter(here).map((u) => aboutCommunity(u, 'Activity')),
    notReached: agenda.items.slice(reached + 1).map((item) => input.agendaText(item.title)),
  };
}

/**
 * The actions on the agreed agenda whose owner or due date is not what it was when the agenda was
 * agreed (the agenda keeps both): the meeting changed them. Actions raised or closed in the meeting
 * are reported as such already.
 */
export function changedActions(plan: Plan, meetingKey: string, agenda: Agenda): ActionOutcome[] {
  const byKey = new Map(plan.sections.actions.map((a) => [a.key, a]));
  // Agendas saved before items kept their due date cannot tell a changed date from an unknown one.
  const knowsDue = agenda.items.some((item) => item.due !== undefined);
  return agenda.items.flatMap((item) => {
    const ref = item.rows[0];
    const action = item.kind === 'action' && ref ? byKey.get(ref.key) : undefined;
    if (!action || textOf(action.values.ClosedInMeeting) === meetingKey || textOf(action.values.RaisedInMeeting) === meetingKey) return [];
    const ownerText = textOf(action.values.Owner);
    const owner = ownerText ? parsePerson(ownerText).name : undefined;
    const dueDate = dateOf(action.values.DueDate) ?? undefined;
    const ownerChanged = owner !== item.owner;
    const dueChanged = knowsDue && dueDate !== item.due;
    if (!ownerChanged && !dueChanged) return [];
    return [
      {
        change: 'updated' as const,
        title: textOf(action.values.ActionTitle) ?? '',
        ...(owner && { owner }),
        ...(dueDate && { dueDate }),
        was: { ...(ownerChanged && { owner: item.owner ?? null }), ...(dueChanged && { dueDate: item.due ?? null }) },
      },
    ];
  });
}
