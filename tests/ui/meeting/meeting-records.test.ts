import { closeMeeting, proposeAgenda } from '../../../src/agenda';
import { RECORD_KINDS, recordFields, recordValues } from '../../../src/features/meeting/meeting-records';
import { ValidationError, strandChoice } from '../../../src/plan';
import { makePlan, MEETING } from '../../agenda/plan-factory';
import { english } from '../../agenda/english';

/**
 * Everything recorded during the call is a row of its own section, from the schema: the person
 * fills in the fields the schema marks `inMeeting`, the meeting the rest.
 */
const info = { key: 'kestrel-vale/meeting-2', date: MEETING };
const plan = makePlan();
const agenda = proposeAgenda({ plan, meetingDate: MEETING });
const agendaItem = agenda.items[0]!;
const item = { id: agendaItem.id, title: english(agendaItem.title) };
const linked = { section: 'concernsRaised' as const, key: 'moorings', id: '7' };

describe('records made in the side panel', () => {
  it('asks for the fields the schema marks for meetings, in schema order', () => {
    expect(recordFields('decision').map((f) => f.name)).toEqual(['DecisionText', 'Strand']);
    expect(recordFields('action').map((f) => f.name)).toEqual(['ActionTitle', 'Strand', 'Owner', 'DueDate']);
    expect(recordFields('note').map((f) => f.name)).toEqual(['Note']);
    for (const kind of RECORD_KINDS) expect(recordFields(kind).length).toBeGreaterThan(0);
  });

  it('writes the same decision and raised action rows closing the meeting writes', () => {
    const closed = closeMeeting({
      plan,
      meetingKey: info.key,
      meetingDate: MEETING,
      agenda,
      agendaText: english,
      attendees: [],
      decisions: [{ text: ' Leaflets in four languages. ', strand: 7, linked }],
      actionUpdates: [{ type: 'raise', title: 'Ask the press office for a quote', owner: 'ACLM', dueDate: '2031-02-12', strand: 7, linked }],
    });
    expect(recordValues('decision', info, item, { DecisionText: ' Leaflets in four languages. ', Strand: strandChoice(7) }, linked)).toEqual(closed.decisions[0]);
    expect(
      recordValues('action', info, item, { ActionTitle: 'Ask the press office for a quote', Owner: 'ACLM', DueDate: '2031-02-12', Strand: strandChoice(7) }, linked),
    ).toEqual(closed.newActions[0]);
  });

  it('keeps a note as a row of its own, saying which meeting and item it was taken on', () => {
    expect(recordValues('note', info, item, { Note: 'The hub is free on Tuesdays.' })).toEqual({
      Note: 'The hub is free on Tuesdays.',
      MeetingKey: info.key,
      AgendaItem: item.id,
      AgendaItemTitle: item.title,
    });
  });

  it('ignores anything the person is not asked for, so a form cannot set the meeting fields', () => {
    expect(recordValues('note', info, item, { Note: 'x', MeetingKey: 'another-meeting' }).MeetingKey).toBe(info.key);
  });

  it('refuses a record without its required field, naming the field', () => {
    expect(() => recordValues('action', info, item, { ActionTitle: '  ' })).toThrow(ValidationError);
    expect(() => recordValues('action', info, item, { ActionTitle: '  ' })).toThrow('Action is required.');
    expect(() => recordValues('note', info, item, { Note: '' })).toThrow('Note is required.');
  });
});
