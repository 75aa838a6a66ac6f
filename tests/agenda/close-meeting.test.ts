import {
  AgendaInputError,
  closeMeeting,
  findPreviousMeeting,
  parseSavedAgenda,
  proposeAgenda,
  type CloseMeetingInput,
} from '../../src/agenda';
import { ValidationError } from '../../src/plan';
import { action, concern, makePlan, meeting, MEETING, row } from './plan-factory';
import { english, refusal } from './english';

const plan = makePlan({}, [
  action('posters', { ActionTitle: 'Print posters', DueDate: '2031-01-30', Owner: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', ActionNotes: 'Printer booked.' }),
  action('stall', { ActionTitle: 'Book market stall' }),
  concern('moorings'),
  row('plannedCommunication', 'comms', { Attendees: 'CEM / ACLM', Reason: 'Review the plan', Frequency: 'Fortnightly' }),
]);
const agenda = proposeAgenda({ plan, meetingDate: MEETING });

const input = (over: Partial<CloseMeetingInput> = {}): CloseMeetingInput => ({
  plan,
  meetingKey: 'meeting-feb',
  meetingDate: MEETING,
  agenda,
  agendaText: english,
  attendees: ['Ava Lindqvist <ava.lindqvist@census.example>', 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>', ' '],
  decisions: [{ text: 'Move the drop-in to the library', strand: 6 }],
  actionUpdates: [
    { type: 'update', key: 'posters', status: 'Done', note: 'Delivered to all branches' },
    { type: 'update', key: 'stall', dueDate: '2031-02-14' },
    { type: 'raise', title: 'Ask the press office for a quote', owner: 'Ruth Abara <ruth.abara@kestrelvale.gov.uk>', dueDate: '2031-02-12', strand: 7 },
  ],
  ...over,
});

describe('closing a meeting', () => {
  const closed = closeMeeting(input());

  it('writes the Meetings row: closed, names of attendees, the agreed agenda and the next date from the plan', () => {
    expect(closed.meeting).toMatchObject({
      MeetingDate: MEETING,
      MeetingStatus: 'Closed',
      Attendees: 'Ava Lindqvist\nSam Okafor',
      NextMeetingDate: '2031-02-16',
    });
    expect(parseSavedAgenda(String(closed.meeting.AgendaSnapshot)).items).toEqual(agenda.items);
  });

  it('records each decision against the meeting', () => {
    expect(closed.decisions).toEqual([
      expect.objectContaining({ DecisionText: 'Move the drop-in to the library', MeetingKey: 'meeting-feb', DecidedOn: MEETING, Strand: '6 Online completion' }),
    ]);
  });

  it('closes, re-dates and raises actions, keeping the history in the notes', () => {
    expect(closed.actionChanges).toEqual([
      {
        id: plan.sections.actions[0]!.id,
        key: 'posters',
        changes: {
          Status: 'Done',
          ClosedInMeeting: 'meeting-feb',
          ClosedOn: MEETING,
          ActionNotes: 'Printer booked.\n2 Feb 2031: Delivered to all branches',
        },
      },
      { id: plan.sections.actions[1]!.id, key: 'stall', changes: { DueDate: '2031-02-14' } },
    ]);
    expect(closed.newActions).toEqual([
      expect.objectContaining({
        ActionTitle: 'Ask the press office for a quote',
        Status: 'Open',
        RaisedInMeeting: 'meeting-feb',
        DueDate: '2031-02-12',
        Strand: '7 Publicity and media',
      }),
    ]);
  });

  it('writes minutes that list the agenda, decisions, actions and next meeting', () => {
    const minutes = String(closed.meeting.Minutes);
    expect(minutes).toContain('Meeting of 2 Feb 2031: Kestrel Vale District Council');
    expect(minutes).toContain('Attendees: Ava Lindqvist, Sam Okafor');
    expect(minutes).toContain(`Agenda (${agenda.items.length} items, ${agenda.totalMinutes} minutes)`);
    expect(minutes).toContain('1. Print posters (2 min)');
    expect(minutes).toContain('- Move the drop-in to the library');
    expect(minutes).toContain('- Done: Print posters (Sam Okafor)');
    expect(minutes).toContain('- New: Ask the press office for a quote (Ruth Abara, due 12 Feb 2031)');
    expect(minutes).toContain('Next meeting: 16 Feb 2031');
    expect(minutes).not.toContain('@');
  });

  it('offers a recap for the meeting chat without emails', () => {
    expect(closed.recap).toBe(
      [
        '**Meeting recap: Kestrel Vale District Council, 2 Feb 2031**',
        '',
        '**Decisions**',
        '- Move the drop-in to the library',
        '',
        '**Actions**',
        '- Done: Print posters (Sam Okafor)',
        '- Updated: Book market stall (due 14 Feb 2031)',
        '- New: Ask the press office for a quote (Ruth Abara, due 12 Feb 2031)',
        '',
        '**Next meeting: 16 Feb 2031**',
      ].join('\n'),
    );
  });

  it('keeps Markdown typed into a decision from changing the recap', () => {
    const recap = closeMeeting(input({ decisions: [{ text: 'Use *bold* posters' }] })).recap;
    expect(recap).toContain('- Use \\*bold\\* posters');
  });

  it('takes a next meeting date chosen in the meeting', () => {
    expect(closeMeeting(input({ nextMeetingDate: '2031-02-20' })).meeting.NextMeetingDate).toBe('2031-02-20');
  });

  it.each([
    ['an unknown action', { actionUpdates: [{ type: 'update', key: 'ghost', status: 'Done' }] }, AgendaInputError, 'There is no action "ghost" in this plan'],
    ['a next meeting before this one', { nextMeetingDate: '2031-01-01' }, AgendaInputError, 'The next meeting must be a real date after 2 Feb 2031.'],
    ['an agenda of another plan', { agenda: { ...agenda, planId: 'other-plan' } }, AgendaInputError, 'The agenda belongs to a different plan'],
    ['an empty decision', { decisions: [{ text: '  ' }] }, ValidationError, 'Decision is required.'],
    ['a new action without a title', { actionUpdates: [{ type: 'raise', title: '' }] }, ValidationError, 'Action is required.'],
    ['a bad due date', { actionUpdates: [{ type: 'update', key: 'stall', dueDate: '2031-02-31' }] }, ValidationError, 'Due must be a real date'],
  ] as const)('refuses %s before producing anything', (_case, over, type, message) => {
    const attempt = () => closeMeeting(input(over as Partial<CloseMeetingInput>));
    expect(attempt).toThrow(type);
    expect(refusal(attempt)).toContain(message);
  });
});

describe('finding the previous meeting', () => {
  it.each([
    ['the latest meeting held before the date', [meeting('jan-5', '2031-01-05'), meeting('jan-19', '2031-01-19')], 'jan-19'],
    ['not a meeting on the same day or later', [meeting('jan-19', '2031-01-19'), meeting('feb-2', MEETING), meeting('feb-16', '2031-02-16')], 'jan-19'],
    ['not a meeting that was only planned', [meeting('jan-19', '2031-01-19'), meeting('jan-26', '2031-01-26', { MeetingStatus: 'Planned' })], 'jan-19'],
    [
      'on a tie of dates, the one with a saved agenda',
      [meeting('b', '2031-01-19', { AgendaSnapshot: '{}' }), meeting('c', '2031-01-19')],
      'b',
    ],
    ['nothing before the first meeting', [meeting('feb-16', '2031-02-16')], undefined],
  ])('picks %s', (_case, meetings, key) => {
    expect(findPreviousMeeting(meetings, MEETING)?.key).toBe(key);
  });
});
