import { findPreviousMeeting, liveMeeting, nextMeetingFrom, proposeNextMeetingDate } from '../../src/agenda';
import { rollupRow } from '../../src/features/manager-rollup/rollup-rows';
import { makePlan, meeting } from './plan-factory';

/**
 * Plans kept before Teams calls were linked to their planned meeting: the call on 10 Feb was
 * opened two days early, so it made a row of its own dated 8 Feb and the planned row for 10 Feb
 * stayed "Planned". The meeting after it is planned for 24 Feb.
 */
const meetings = [
  meeting('m-jan', '2031-01-27', { MeetingStatus: 'Closed', NextMeetingDate: '2031-02-10' }),
  meeting('m-feb-planned', '2031-02-10', { MeetingStatus: 'Planned' }),
  meeting('m-feb-call', '2031-02-08', { MeetingStatus: 'Closed', NextMeetingDate: '2031-02-24' }),
  meeting('m-late', '2031-02-24', { MeetingStatus: 'Planned' }),
];

describe('the real sequence of meetings', () => {
  it('takes the held row for a meeting and passes over the planned row left behind', () => {
    expect(nextMeetingFrom(meetings, '2031-02-09')).toBe('2031-02-24');
    expect(findPreviousMeeting(meetings, '2031-02-24')?.key).toBe('m-feb-call');
  });

  it('passes over a planned meeting dated before one already held', () => {
    const stale = [...meetings, meeting('m-never', '2031-02-01', { MeetingStatus: 'Planned' })];
    expect(nextMeetingFrom(stale, '2031-01-30')).toBe('2031-02-24');
  });

  it('falls back to the next date the last closed meeting agreed', () => {
    const closedOnly = [meetings[0]!, meetings[2]!];
    expect(nextMeetingFrom(closedOnly, '2031-02-12')).toBe('2031-02-24');
    expect(nextMeetingFrom(closedOnly, '2031-03-01')).toBeUndefined();
  });

  it('proposes the next meeting after one being held from the real sequence', () => {
    const live = [meetings[0]!, meeting('m-feb', '2031-02-10', { MeetingStatus: 'Live' }), meeting('m-dup', '2031-02-11', { MeetingStatus: 'Planned' }), meetings[3]!];
    expect(liveMeeting(live)?.key).toBe('m-feb');
    expect(proposeNextMeetingDate(makePlan({}, live), '2031-02-10')).toBe('2031-02-24');
  });

  it('gives the roll-up the meeting held last and the one really next', () => {
    const row = rollupRow(makePlan({}, meetings), '2031-02-09');
    expect(row.lastMeeting).toBe('2031-02-08');
    expect(row.nextMeeting).toBe('2031-02-24');
  });
});
