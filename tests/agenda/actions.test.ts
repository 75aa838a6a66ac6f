import { proposeAgenda, type Agenda } from '../../src/agenda';
import { action, makePlan, meeting, MEETING, strand } from './plan-factory';
import { english, inEnglish } from './english';

const ids = (agenda: Agenda, kind = 'action') => agenda.items.filter((i) => i.kind === kind).map((i) => i.id);
const itemFor = (agenda: Agenda, id: string) => agenda.items.find((i) => i.id === id);
const LAST = meeting('meeting-jan', '2031-01-19');

describe('actions on the agenda', () => {
  it('lists open actions overdue first, then by due date, undated last', () => {
    const plan = makePlan({}, [
      action('later', { DueDate: '2031-03-01' }),
      action('undated'),
      action('overdue', { DueDate: '2031-01-20' }),
      action('soon', { DueDate: '2031-02-10' }),
      action('very-overdue', { DueDate: '2030-12-01' }),
    ]);
    expect(ids(proposeAgenda({ plan, meetingDate: MEETING }))).toEqual([
      'action:very-overdue',
      'action:overdue',
      'action:soon',
      'action:later',
      'action:undated',
    ]);
  });

  it('breaks a tie of due dates by title (ignoring case), then by row key', () => {
    const plan = makePlan({}, [
      action('k3', { ActionTitle: 'book the hall', DueDate: '2031-02-10' }),
      action('k2', { ActionTitle: 'Agree leaflet text', DueDate: '2031-02-10' }),
      action('k1', { ActionTitle: 'Book the hall', DueDate: '2031-02-10' }),
    ]);
    expect(ids(proposeAgenda({ plan, meetingDate: MEETING }))).toEqual(['action:k2', 'action:k1', 'action:k3']);
  });

  it('gives the same order whatever order the rows were loaded in', () => {
    const rows = [
      action('a', { ActionTitle: 'Same', DueDate: '2031-02-10' }),
      action('b', { ActionTitle: 'Same', DueDate: '2031-02-10' }),
      action('c', { ActionTitle: 'Other' }),
    ];
    const forwards = proposeAgenda({ plan: makePlan({}, rows), meetingDate: MEETING });
    const backwards = proposeAgenda({ plan: makePlan({}, [...rows].reverse()), meetingDate: MEETING });
    expect(backwards.items).toEqual(forwards.items);
  });

  it.each(['Done', 'Dropped'])('leaves out an action that is %s', (status) => {
    const plan = makePlan({}, [action('finished', { Status: status }), action('open')]);
    expect(ids(proposeAgenda({ plan, meetingDate: MEETING }))).toEqual(['action:open']);
  });

  it.each([
    ['overdue', { DueDate: '2031-01-30' }, 'Overdue: it was due on 30 Jan 2031.'],
    ['due today', { DueDate: MEETING }, 'Open and due today.'],
    ['due before the next meeting', { DueDate: '2031-02-15' }, 'Open and due on 15 Feb 2031, before the next meeting.'],
    ['due on the next meeting day', { DueDate: '2031-02-16' }, 'Open, due on 16 Feb 2031.'],
    ['in progress', { DueDate: '2031-03-20', Status: 'In progress' }, 'In progress, due on 20 Mar 2031.'],
    ['undated', {}, 'Open with no due date: agree one.'],
  ])('says why an action that is %s is there', (_case, values, reason) => {
    const plan = makePlan({}, [action('a1', values)]);
    expect(inEnglish(itemFor(proposeAgenda({ plan, meetingDate: MEETING }), 'action:a1'))?.reason).toBe(reason);
  });

  it("links each action to its row and shows the owner's name, never the email", () => {
    const row = action('a1', { Owner: 'Priya Nandakumar <priya@kestrelvale.gov.uk>', Strand: strand(4) });
    const item = itemFor(proposeAgenda({ plan: makePlan({}, [row]), meetingDate: MEETING }), 'action:a1');
    expect(item).toMatchObject({ owner: 'Priya Nandakumar', strand: 4, minutes: 2, rows: [{ section: 'actions', key: 'a1', id: row.id }] });
    expect(JSON.stringify(item)).not.toContain('priya@');
  });

  it('puts the actions raised at the previous meeting first, even when others are more overdue', () => {
    const plan = makePlan({}, [
      action('old', { DueDate: '2030-11-01' }),
      action('from-last-b', { ActionTitle: 'B', DueDate: '2031-02-20', RaisedInMeeting: 'meeting-jan' }),
      action('from-last-a', { ActionTitle: 'A', DueDate: '2031-02-20', RaisedInMeeting: 'meeting-jan' }),
      action('from-earlier', { RaisedInMeeting: 'meeting-dec' }),
    ]);
    const agenda = proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: LAST });
    expect(ids(agenda)).toEqual(['action:from-last-a', 'action:from-last-b', 'action:old', 'action:from-earlier']);
    expect(inEnglish(itemFor(agenda, 'action:from-last-a'))?.reason).toBe('Raised at the last meeting on 19 Jan 2031. Open, due on 20 Feb 2031.');
  });

  it('sums up the actions closed since the previous meeting between the two groups', () => {
    const plan = makePlan({}, [
      action('raised-and-done', { RaisedInMeeting: 'meeting-jan', Status: 'Done', ClosedOn: '2031-01-25' }),
      action('older-dropped', { Status: 'Dropped', ClosedOn: '2031-01-28' }),
      action('closed-at-last-meeting', { Status: 'Done', ClosedOn: '2031-01-19', ClosedInMeeting: 'meeting-jan' }),
      action('closed-long-ago', { Status: 'Done', ClosedOn: '2030-12-01' }),
      action('from-last', { RaisedInMeeting: 'meeting-jan' }),
      action('other'),
    ]);
    const agenda = proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: LAST });
    expect(agenda.items.map((i) => i.id)).toEqual(['action:from-last', 'actions:closed', 'action:other', 'plan:unsigned']);
    const closed = itemFor(agenda, 'actions:closed');
    expect(closed?.rows.map((r) => r.key)).toEqual(['raised-and-done', 'older-dropped']);
    expect(inEnglish(closed)?.reason).toBe('2 actions from or since the meeting on 19 Jan 2031 are now done or dropped: record the outcome.');
  });

  it('has no closed-actions summary at a first meeting', () => {
    const plan = makePlan({}, [action('done', { Status: 'Done', ClosedOn: '2031-01-25' })]);
    expect(ids(proposeAgenda({ plan, meetingDate: MEETING }), 'actions-closed')).toEqual([]);
  });
});
