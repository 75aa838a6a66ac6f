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
    expect(recap).toContain('**Next meeting:** 16 Feb 2031');
  });

  it('refuses a next meeting that is not after this one, before anything is written', () => {
    expect(() => close(planAfterTheMeeting(), MEETING)).toThrow(AgendaInputError);
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
