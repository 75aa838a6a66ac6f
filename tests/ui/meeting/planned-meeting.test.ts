import { plannedMeetingFor } from '../../../src/features/meeting/meeting-rows';
import { makePlan, meeting } from '../../agenda/plan-factory';

/** A Teams meeting the plan has not seen yet is the meeting planned for it, found by date. */
describe('which planned meeting a Teams call is', () => {
  it('is the one meeting planned for the day', () => {
    const plan = makePlan({}, [meeting('m-closed', '2031-02-02', { MeetingStatus: 'Closed' }), meeting('m-next', '2031-02-16', { MeetingStatus: 'Planned' })]);
    expect(plannedMeetingFor(plan, '2031-02-16')).toEqual({ kind: 'link', row: plan.sections.meetings[1] });
  });

  it('is the planned meeting when the call is opened a day early, not a second row dated today', () => {
    const plan = makePlan({}, [meeting('m-next', '2031-02-16', { MeetingStatus: 'Planned' })]);
    expect(plannedMeetingFor(plan, '2031-02-15')).toMatchObject({ kind: 'link', row: { key: 'm-next' } });
  });

  it('asks when more than one planned meeting could be the call, nearest first', () => {
    const plan = makePlan({}, [meeting('m-far', '2031-02-25', { MeetingStatus: 'Planned' }), meeting('m-near', '2031-02-17', { MeetingStatus: 'Planned' })]);
    const match = plannedMeetingFor(plan, '2031-02-16');
    expect(match.kind).toBe('choose');
    expect(match.kind === 'choose' && match.rows.map((r) => r.key)).toEqual(['m-near', 'm-far']);
  });

  it('asks rather than guesses when the only planned meeting is more than a few days away', () => {
    const plan = makePlan({}, [meeting('m-later', '2031-02-26', { MeetingStatus: 'Planned' })]);
    expect(plannedMeetingFor(plan, '2031-02-16').kind).toBe('choose');
  });

  it('never takes a meeting already linked to another call, or closed; nothing near means a new meeting', () => {
    const plan = makePlan({}, [
      meeting('m-linked', '2031-02-16', { MeetingStatus: 'Planned', TeamsMeetingId: '19:meeting_other@thread.v2' }),
      meeting('m-closed', '2031-02-16', { MeetingStatus: 'Closed' }),
      meeting('m-old', '2030-12-01', { MeetingStatus: 'Planned' }),
    ]);
    expect(plannedMeetingFor(plan, '2031-02-16')).toEqual({ kind: 'new' });
  });
});
