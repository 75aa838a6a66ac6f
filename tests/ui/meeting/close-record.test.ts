import { AgendaInputError } from '../../../src/agenda';
import { closeRecord } from '../../../src/features/meeting/close-record';
import { findMeeting, meetingKeyFor } from '../../../src/features/meeting/meeting-rows';
import { recordValues } from '../../../src/features/meeting/meeting-records';
import { actionStatusChanges } from '../../../src/features/meeting/meeting-values';
import type { Plan, Row } from '../../../src/plan';
import { action, makePlan, meeting, MEETING, NEXT, row } from '../../agenda/plan-factory';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting } from './meeting-fixture';
import { english } from '../../agenda/english';

const info = { key: MEETING_KEY, date: MEETING };

/** The fixture plan after a meeting that recorded a decision, closed one action, raised one and took a note. */
function planAfterTheMeeting(): Plan {
  const plan = planWithAgreedMeeting();
  const held = plan.sections.meetings[0]!;
  const item = agreedAgenda().items.find((i) => english(i.title) === 'Book the library room for the drop-in')!;
  return makePlan({}, [
    ...plan.sections.actions.map((a) => (a.key === 'a1' ? { ...a, values: { ...a.values, ...actionStatusChanges(info, 'Done') } } : a)),
    action('a9', { ActionTitle: 'Ask the hub for a quiet room', Owner: 'ACLM', DueDate: '2031-02-09', RaisedInMeeting: MEETING_KEY }),
    row('decisions', 'd1', { DecisionText: 'The drop-in moves to the community hub.', MeetingKey: MEETING_KEY, DecidedOn: MEETING }),
    row('decisions', 'd0', { DecisionText: 'Decided at an earlier meeting.', MeetingKey: 'kestrel-vale/meeting-1' }),
    row('meetingNotes', 'n1', recordValues('note', info, { id: item.id, title: english(item.title) }, { Note: 'The hub is free on Tuesdays.' })),
    row('meetingNotes', 'n0', { Note: 'Noted at an earlier meeting.', MeetingKey: 'kestrel-vale/meeting-1' }),
    { ...held, values: { ...held.values, MeetingStatus: 'Live', CurrentItem: 'action:a2' } } as Row,
  ]);
}

describe('closing a meeting whose records were written as it ran', () => {
  const close = (plan: Plan, nextMeetingDate = NEXT) =>
    closeRecord({
      plan,
      meeting: plan.sections.meetings[0]!,
      agenda: agreedAgenda(),
      attendees: ['Ava Lindqvist <ava.lindqvist@census.example>', 'Sam Okafor'],
      nextMeetingDate,
      agendaText: english,
      notesHeading: 'Notes taken during the meeting',
    });

  it('closes the Meetings row with the agreed agenda, minutes, next date and no current item', () => {
    const { meetingChanges } = close(planAfterTheMeeting());
    expect(meetingChanges).toMatchObject({ MeetingStatus: 'Closed', MeetingDate: MEETING, NextMeetingDate: NEXT, CurrentItem: null, Attendees: 'Ava Lindqvist\nSam Okafor' });
    expect(JSON.parse(String(meetingChanges.AgendaSnapshot)).items).toHaveLength(agreedAgenda().items.length);
  });

  it("puts this meeting's decisions and action outcomes in the minutes, and the notes under them", () => {
    const minutes = String(close(planAfterTheMeeting()).meetingChanges.Minutes);
    expect(minutes).toContain('- The drop-in moves to the community hub.');
    expect(minutes).not.toContain('Decided at an earlier meeting.');
    expect(minutes).toContain('Done: Book the library room for the drop-in');
    expect(minutes).toContain('New: Ask the hub for a quiet room (ACLM, due 9 Feb 2031)');
    expect(minutes.endsWith('Notes taken during the meeting\nBook the library room for the drop-in: The hub is free on Tuesdays.')).toBe(true);
    expect(minutes).not.toContain('Noted at an earlier meeting.');
  });

  it('gives the recap for the chat with the decisions, actions and next date', () => {
    const { recap } = close(planAfterTheMeeting()).closed;
    expect(recap).toContain('- The drop-in moves to the community hub.');
    expect(recap).toContain('**Next meeting: 16 Feb 2031**');
  });

  it('refuses a next meeting that is not after this one, before anything is written', () => {
    expect(() => close(planAfterTheMeeting(), MEETING)).toThrow(AgendaInputError);
  });
});

describe('the minutes of everything the meeting recorded', () => {
  /** The meeting also changed an owner and a date, raised a concern, resolved one, added an update, and stopped at item 2. */
  function busyMeeting(): Plan {
    const plan = planAfterTheMeeting();
    return makePlan({}, [
      ...plan.sections.actions.map((a) => (a.key === 'a2' ? { ...a, values: { ...a.values, Owner: 'Priya Shah <priya@kestrelvale.gov.uk>', DueDate: '2031-02-27' } } : a)),
      ...plan.sections.decisions,
      ...plan.sections.meetingNotes,
      row('concernsRaised', 'c1', { Community: 'Boat dwellers', Concern: 'Moorings change every fortnight.', Resolved: true, ResolvedOn: MEETING }),
      row('concernsRaised', 'c2', recordValues('concern', info, { id: 'action:a2', title: 'Send the leaflet proofs' }, { Concern: 'The hub has no step-free entrance.', Community: 'Wheelchair users' })),
      row('communityUpdates', 'u1', { Community: 'Fenside estate', Activity: 'Residents association meets monthly.', UpdateDate: MEETING, RaisedInMeeting: MEETING_KEY }),
      row('communityUpdates', 'u0', { Community: 'Old town', Activity: 'Reported at an earlier meeting.', RaisedInMeeting: 'kestrel-vale/meeting-1' }),
      ...plan.sections.meetings,
    ]);
  }
  const close = (plan: Plan, summary?: string) =>
    closeRecord({
      plan,
      meeting: plan.sections.meetings[0]!,
      agenda: agreedAgenda(),
      attendees: ['Ava Lindqvist'],
      nextMeetingDate: NEXT,
      agendaText: english,
      notesHeading: 'Notes taken during the meeting',
      ...(summary !== undefined && { summary }),
    });

  it('lists the summary, changed owners and dates, concerns, community updates and the items not reached', () => {
    const { meetingChanges } = close(busyMeeting(), 'The drop-in moves; the proofs wait for Priya.');
    const minutes = String(meetingChanges.Minutes);
    expect(meetingChanges.Summary).toBe('The drop-in moves; the proofs wait for Priya.');
    expect(minutes).toContain('Summary\nThe drop-in moves; the proofs wait for Priya.');
    expect(minutes).toContain('- Updated: Send the leaflet proofs (owner CEM → Priya Shah, due 20 Feb 2031 → 27 Feb 2031)');
    expect(minutes).toContain('Concerns raised\n- Wheelchair users: The hub has no step-free entrance.');
    expect(minutes).toContain('Concerns resolved\n- Boat dwellers: Moorings change every fortnight.');
    expect(minutes).toContain('Community updates\n- Fenside estate: Residents association meets monthly.');
    expect(minutes).not.toContain('Reported at an earlier meeting.');
    const notReached = agreedAgenda().items.slice(2).map((i) => `- ${english(i.title)}`);
    expect(minutes).toContain(['Not reached', ...notReached].join('\n'));
    expect(minutes).toContain('Notes taken during the meeting\nBook the library room for the drop-in: The hub is free on Tuesdays.');
  });

  it('keeps the summary already saved when the closer writes none, and leaves out sections with nothing in them', () => {
    const plan = planAfterTheMeeting();
    const held = plan.sections.meetings[0]!;
    const withSummary = makePlan({}, [...plan.sections.actions, { ...held, values: { ...held.values, Summary: 'Saved before.' } } as Row]);
    const minutes = String(close(withSummary).meetingChanges.Minutes);
    expect(minutes).toContain('Summary\nSaved before.');
    expect(minutes).not.toContain('Concerns raised');
    expect(minutes).not.toContain('Community updates');
    expect(minutes).not.toContain('Updated:');
  });
});

describe('what the side panel writes', () => {
  it('reopening an action clears the meeting that closed it', () => {
    expect(actionStatusChanges(info, 'Dropped')).toEqual({ Status: 'Dropped', ClosedInMeeting: MEETING_KEY, ClosedOn: MEETING });
    expect(actionStatusChanges(info, 'In progress')).toEqual({ Status: 'In progress', ClosedInMeeting: null, ClosedOn: null });
  });

  it("files a concern raised in the meeting under the meeting's month, saying which meeting", () => {
    const item = agreedAgenda().items[0]!;
    expect(recordValues('concern', info, { id: item.id, title: english(item.title) }, { Concern: 'Caravans are not on the register.' })).toMatchObject({
      Month: 'February 2031',
      Resolved: false,
      RaisedInMeeting: MEETING_KEY,
    });
  });
});

describe('which meeting a page is about', () => {
  it('gives every participant of a Teams meeting the same row key, and other meetings another', () => {
    expect(meetingKeyFor('kestrel-vale', '19:meeting_abc@thread.v2')).toBe(meetingKeyFor('kestrel-vale', '19:meeting_abc@thread.v2'));
    expect(meetingKeyFor('kestrel-vale', '19:meeting_abc@thread.v2')).not.toBe(meetingKeyFor('kestrel-vale', '19:meeting_abd@thread.v2'));
  });

  it('finds the row by its key or by the Teams meeting it records', () => {
    const plan = makePlan({}, [meeting('m1', MEETING, { TeamsMeetingId: '19:meeting_abc@thread.v2' })]);
    expect(findMeeting(plan, 'm1')?.key).toBe('m1');
    expect(findMeeting(plan, '19:meeting_abc@thread.v2')?.key).toBe('m1');
    expect(findMeeting(plan, 'nothing')).toBeUndefined();
  });
});
