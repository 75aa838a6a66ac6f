import { AgendaInputError, DEFAULT_TARGET_MINUTES, editAgenda, proposeAgenda, saveAgenda, type Agenda } from '../../src/agenda';
import type { Plan, Row } from '../../src/plan';
import { refusal } from './english';
import { action, concern, makePlan, meeting, MEETING } from './plan-factory';

const DATES = ['2031-01-12', '2031-01-26', '2031-02-09', '2031-02-23'];

/** Meetings held one after another, each agreeing the agenda as proposed; the last agenda. */
function fourthMeeting(plan: Plan, targetMinutes?: number): Agenda {
  let previous: Row<'meetings'> | undefined;
  let agenda: Agenda | undefined;
  for (const date of DATES) {
    agenda = proposeAgenda({ plan, meetingDate: date, ...(previous && { previousMeeting: previous }), ...(targetMinutes && { targetMinutes }) });
    previous = meeting(`m-${date}`, date, { AgendaSnapshot: saveAgenda(agenda) });
  }
  return agenda!;
}

const ids = (items: Agenda['items'] | undefined) => (items ?? []).map((i) => i.id);

describe('an agenda that fits the meeting', () => {
  const busy = makePlan(
    {},
    Array.from({ length: 30 }, (_, i) => action(`a${String(i).padStart(2, '0')}`, { DueDate: '2031-03-01', Owner: 'Sam Okafor' })),
  );

  it('plans 45 minutes unless told otherwise and proposes the rest for next time, in order', () => {
    const agenda = proposeAgenda({ plan: busy, meetingDate: MEETING });
    expect(agenda.targetMinutes).toBe(DEFAULT_TARGET_MINUTES);
    expect(agenda.totalMinutes).toBeLessThanOrEqual(45);
    expect(agenda.totalMinutes).toBeGreaterThan(40);
    const everything = [...agenda.items, ...(agenda.later ?? [])];
    expect(everything).toHaveLength(31);
    expect(ids(agenda.items)).toEqual(['a00', 'a01'].map((k) => `action:${k}`).concat(ids(agenda.items).slice(2)));
    expect(ids(agenda.later)[0]).toBe(`action:a${agenda.items.length}`);
  });

  it('takes a shorter item after one that does not fit', () => {
    const plan = makePlan({}, [action('first', { DueDate: '2031-01-01' }), concern('long')]);
    const agenda = proposeAgenda({ plan, meetingDate: MEETING, targetMinutes: 4 });
    expect(ids(agenda.items)).toEqual(['action:first', 'strand:3']);
    expect(ids(agenda.later)).toEqual(['concern:long', 'plan:unsigned']);
  });

  it('follows the length set for the meeting', () => {
    expect(proposeAgenda({ plan: busy, meetingDate: MEETING, targetMinutes: 10 }).items).toHaveLength(5);
    expect(proposeAgenda({ plan: busy, meetingDate: MEETING, targetMinutes: 90 }).later).toHaveLength(0);
  });

  it.each([0, -5, 2.5, 481])('refuses a planned length of %p minutes with a clear error', (minutes) => {
    const attempt = () => proposeAgenda({ plan: busy, meetingDate: MEETING, targetMinutes: minutes });
    expect(attempt).toThrow(AgendaInputError);
    expect(refusal(attempt)).toBe('A meeting’s planned length must be a whole number of minutes from 1 to 480.');
  });

  it('lets the people preparing the meeting put an item off and bring one back', () => {
    const agenda = proposeAgenda({ plan: busy, meetingDate: MEETING, targetMinutes: 10 });
    const putOff = editAgenda(agenda, { type: 'later', itemId: 'action:a01' });
    expect(ids(putOff.items)).not.toContain('action:a01');
    expect(ids(putOff.later)[0]).toBe('action:a01');
    expect(putOff.totalMinutes).toBe(agenda.totalMinutes - 2);
    const back = editAgenda(putOff, { type: 'bring-back', itemId: 'action:a20', atIndex: 0 });
    expect(ids(back.items)[0]).toBe('action:a20');
    expect(ids(back.later)).not.toContain('action:a20');
    expect(() => editAgenda(back, { type: 'bring-back', itemId: 'action:a20' })).toThrow(AgendaInputError);
  });
});

describe('"decide now"', () => {
  it('flags what was carried three times and still has no owner', () => {
    const agenda = fourthMeeting(makePlan({}, [action('nobody', { DueDate: '2031-01-05' })]));
    expect(agenda.items.find((i) => i.id === 'action:nobody')).toMatchObject({ carried: { times: 3 }, flagged: true });
  });

  it('flags what was carried three times and still has no date', () => {
    const agenda = fourthMeeting(makePlan({}, [action('undated', { Owner: 'Sam Okafor' })]));
    expect(agenda.items.find((i) => i.id === 'action:undated')).toMatchObject({ carried: { times: 3 }, flagged: true });
  });

  it('does not flag what keeps coming back but has an owner and a date', () => {
    const agenda = fourthMeeting(makePlan({}, [action('in-hand', { Owner: 'Sam Okafor', DueDate: '2031-04-01' })]));
    expect(agenda.items.find((i) => i.id === 'action:in-hand')).toMatchObject({ carried: { times: 3 }, flagged: false });
  });

  it('counts an item put off to the next meeting as carried, and keeps it on once it must be decided', () => {
    const rows = [
      ...Array.from({ length: 25 }, (_, i) => action(`due-${i}`, { Owner: 'Sam Okafor', DueDate: '2031-01-05' })),
      action('nobody', { DueDate: '2031-06-01' }),
    ];
    const agenda = fourthMeeting(makePlan({}, rows));
    const item = agenda.items.find((i) => i.id === 'action:nobody');
    expect(item).toMatchObject({ carried: { times: 3 }, flagged: true });
  });

  it('keeps a flagged item on the agenda even when the meeting is already full', () => {
    const plan = makePlan({}, [action('first', { DueDate: '2031-01-01', Owner: 'Sam Okafor' }), concern('stuck')]);
    const agenda = fourthMeeting(plan, 2);
    expect(ids(agenda.items)).toContain('concern:stuck');
    expect(agenda.items.find((i) => i.id === 'concern:stuck')?.flagged).toBe(true);
  });

  it('flags few items of a busy plan by its fourth meeting', () => {
    const rows = Array.from({ length: 20 }, (_, i) =>
      action(`a${i}`, i < 3 ? { DueDate: '2031-01-05' } : { Owner: 'Sam Okafor', DueDate: '2031-01-05' }),
    );
    const agenda = fourthMeeting(makePlan({}, rows));
    const flagged = ids(agenda.items.filter((i) => i.flagged));
    expect(flagged.filter((id) => id.startsWith('action:'))).toEqual(['action:a0', 'action:a1', 'action:a2']);
  });
});
