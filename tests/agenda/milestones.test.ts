import { campaignStage, proposeAgenda, proposeNextMeetingDate } from '../../src/agenda';
import { makePlan, MEETING, row } from './plan-factory';
import { english, inEnglish, refusal } from './english';

describe('the campaign phase follows the plan milestones', () => {
  const plan = makePlan({ AnnounceFrom: '2031-01-05', AddressFrom: '2031-02-16', ActNowFrom: '2031-03-09', CensusDay: '2031-03-23' });

  it.each([
    ['2030-12-31', 'Preparation'],
    ['2031-01-04', 'Preparation'],
    ['2031-01-05', 'Announce'],
    ['2031-02-15', 'Announce'],
    ['2031-02-16', 'Address'],
    ['2031-03-08', 'Address'],
    ['2031-03-09', 'ActNow'],
    ['2031-03-23', 'ActNow'],
    ['2031-04-20', 'ActNow'],
  ])('on %s it is %s', (date, stage) => {
    expect(campaignStage(plan.header.values, date)).toBe(stage);
  });

  it('stays in Preparation when the plan sets no phase dates', () => {
    expect(campaignStage(makePlan({ AnnounceFrom: null, AddressFrom: null, ActNowFrom: null }).header.values, '2031-03-20')).toBe('Preparation');
  });

  it('uses whichever phases are set, skipping unset ones', () => {
    expect(campaignStage(makePlan({ AddressFrom: null }).header.values, '2031-02-20')).toBe('Announce');
  });
});

describe('the next meeting date', () => {
  const comms = (frequency: string | null, attendees = 'CEM / ACLM', order?: number) =>
    row('plannedCommunication', `comms-${frequency}-${attendees}`, { Attendees: attendees, Reason: 'Review the plan', Frequency: frequency }, order === undefined ? {} : { order });

  it.each([
    ['the header says every 21 days', makePlan({ MeetingEveryDays: 21 }, [comms('Weekly')]), '2031-02-23'],
    ['the CEM and ACLM meet weekly', makePlan({}, [comms('Weekly')]), '2031-02-09'],
    ['they meet fortnightly', makePlan({}, [comms('Fortnightly')]), '2031-02-16'],
    ['they meet monthly', makePlan({}, [comms('Monthly')]), '2031-03-02'],
    ['the only recurring row does not name the ACLM', makePlan({}, [comms('As required'), comms('Weekly', 'CEM / Communications lead')]), '2031-02-09'],
    ['the row naming the ACLM wins', makePlan({}, [comms('Weekly', 'CEM / Press office', 1), comms('Monthly', 'CEM / ACLM', 2)]), '2031-03-02'],
    ['only one-off meetings are planned', makePlan({}, [comms('One-off')]), '2031-02-16'],
    ['nothing is planned', makePlan(), '2031-02-16'],
    ['the header has a nonsense cadence', makePlan({ MeetingEveryDays: -3 }), '2031-02-16'],
  ])('when %s', (_case, plan, expected) => {
    expect(proposeNextMeetingDate(plan, MEETING)).toBe(expected);
  });

  it('takes a meeting the plan already has after this one before its cadence', () => {
    const plan = makePlan({ MeetingEveryDays: 14 }, [
      row('meetings', 'today', { MeetingDate: MEETING, MeetingStatus: 'Live' }),
      row('meetings', 'later', { MeetingDate: '2031-02-25', MeetingStatus: 'Planned' }),
      row('meetings', 'sooner', { MeetingDate: '2031-02-11', MeetingStatus: 'Planned' }),
    ]);
    expect(proposeNextMeetingDate(plan, MEETING)).toBe('2031-02-11');
  });

  it('keeps a monthly meeting inside a short month', () => {
    expect(proposeNextMeetingDate(makePlan({}, [comms('Monthly')]), '2031-01-31')).toBe('2031-02-28');
  });

  it('lets the caller choose the next meeting, and "due soon" follows it', () => {
    const plan = makePlan({}, [row('actions', 'a1', { ActionTitle: 'Print posters', Status: 'Open', DueDate: '2031-02-20' })]);
    const agenda = proposeAgenda({ plan, meetingDate: MEETING, nextMeetingDate: '2031-02-23' });
    expect(agenda.nextMeetingDate).toBe('2031-02-23');
    expect(inEnglish(agenda.items[0])?.reason).toBe('Open and due on 20 Feb 2031, before the next meeting.');
  });

  it.each([
    ['a malformed meeting date', { meetingDate: '02/02/2031' }, 'The meeting date "02/02/2031" is not a real date (YYYY-MM-DD).'],
    ['an impossible meeting date', { meetingDate: '2031-02-30' }, 'The meeting date "2031-02-30" is not a real date (YYYY-MM-DD).'],
    ['a next meeting before this one', { nextMeetingDate: '2031-02-01' }, 'The next meeting (1 Feb 2031) must come after this one (2 Feb 2031).'],
  ])('refuses %s with a clear message', (_case, override, message) => {
    expect(refusal(() => proposeAgenda({ plan: makePlan(), meetingDate: MEETING, ...override }))).toBe(message);
  });
});
