import { closeMeeting, proposeAgenda } from '../../../src/agenda';
import { decisionValues, raisedActionValues } from '../../../src/features/meeting/meeting-values';
import { ValidationError } from '../../../src/plan';
import { makePlan, MEETING } from '../../agenda/plan-factory';

/**
 * The side panel writes a raised action or a decision while the meeting runs; closing a meeting
 * without the side panel (closeMeeting) writes the same records. Both must write the same row.
 */
const info = { key: 'kestrel-vale/meeting-2', date: MEETING };
const plan = makePlan();
const linked = { section: 'concernsRaised' as const, key: 'moorings', id: '7' };

function closedWith(input: Parameters<typeof raisedActionValues>[1], decision: Parameters<typeof decisionValues>[1]) {
  return closeMeeting({
    plan,
    meetingKey: info.key,
    meetingDate: MEETING,
    agenda: proposeAgenda({ plan, meetingDate: MEETING }),
    attendees: [],
    decisions: [decision],
    actionUpdates: [{ type: 'raise', ...input }],
  });
}

describe('rows recorded in the side panel', () => {
  it.each([
    ['with every detail', { title: 'Ask the press office for a quote', owner: 'ACLM', dueDate: '2031-02-12', strand: 7 as const, linked }],
    ['with a title only', { title: 'Find a bigger room' }],
  ])('raises an action %s as closing the meeting would', (_case, input) => {
    const decision = { text: ' Leaflets in four languages. ', strand: 7 as const, linked };
    const closed = closedWith(input, decision);
    expect(raisedActionValues(info, input)).toEqual(closed.newActions[0]);
    expect(decisionValues(info, decision)).toEqual(closed.decisions[0]);
    expect(raisedActionValues(info, input)).toMatchObject({ Status: 'Open', RaisedInMeeting: info.key, ActionTitle: input.title });
  });

  it('refuses an action without a title, naming the field', () => {
    expect(() => raisedActionValues(info, { title: '  ' })).toThrow(ValidationError);
    expect(() => raisedActionValues(info, { title: '  ' })).toThrow('Action is required.');
  });
});
