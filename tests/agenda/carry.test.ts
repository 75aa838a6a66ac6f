import { editAgenda, proposeAgenda, saveAgenda, type Agenda } from '../../src/agenda';
import type { Plan, Row } from '../../src/plan';
import { action, concern, makePlan, meeting, priority, strand } from './plan-factory';
import { english, inEnglish, refusal } from './english';

const DATES = ['2031-01-12', '2031-01-26', '2031-02-09', '2031-02-23', '2031-03-09'];

/** Holds a meeting: proposes its agenda, lets `agree` edit it, and saves it with the meeting row. */
function hold(plan: Plan, date: string, previous?: Row<'meetings'>, agree: (a: Agenda) => Agenda = (a) => a) {
  const agenda = agree(proposeAgenda({ plan, meetingDate: date, ...(previous && { previousMeeting: previous }) }));
  return { agenda, row: meeting(`meeting-${date}`, date, { AgendaSnapshot: saveAgenda(agenda) }) };
}

/** Holds meetings on the given dates, one after another, returning each agenda. */
function series(plan: Plan, dates: readonly string[], agree?: (a: Agenda, i: number) => Agenda): Agenda[] {
  const agendas: Agenda[] = [];
  let previous: Row<'meetings'> | undefined;
  dates.forEach((date, i) => {
    const held = hold(plan, date, previous, agree && ((a) => agree(a, i)));
    agendas.push(held.agenda);
    previous = held.row;
  });
  return agendas;
}

const find = (agenda: Agenda, id: string) => agenda.items.find((i) => i.id === id);

describe('items that come back', () => {
  const plan = makePlan({}, [action('posters', { ActionTitle: 'Print posters', DueDate: '2031-01-05' }), concern('moorings', { Month: 'December 2030' })]);

  it('carries an action three times and flags it', () => {
    const agendas = series(plan, DATES.slice(0, 4));
    expect(agendas.map((a) => find(a, 'action:posters')?.carried)).toEqual([
      undefined,
      { firstOn: '2031-01-12', times: 1 },
      { firstOn: '2031-01-12', times: 2 },
      { firstOn: '2031-01-12', times: 3 },
    ]);
    expect(agendas.map((a) => find(a, 'action:posters')?.flagged)).toEqual([false, false, false, true]);
  });

  it.each([
    [1, 'Carried from 12 Jan 2031: once.'],
    [2, 'Carried from 12 Jan 2031: 2 times.'],
    [3, 'Carried from 12 Jan 2031: 3 times. Decide whether to act, re-plan or drop it.'],
    [4, 'Carried from 12 Jan 2031: 4 times. Decide whether to act, re-plan or drop it.'],
  ])('says so in the reason when carried %i times', (times, note) => {
    const agenda = series(plan, DATES.slice(0, times + 1)).at(-1)!;
    expect(inEnglish(find(agenda, 'concern:moorings'))?.reason).toBe(`Raised by the council in December 2030 and not yet resolved. ${note}`);
  });

  it('stops carrying an item once it is resolved and starts again from scratch if it reopens', () => {
    const first = hold(plan, DATES[0]!);
    const second = hold(plan, DATES[1]!, first.row);
    const resolved = makePlan({}, [action('posters', { Status: 'Done' }), concern('moorings', { Resolved: true })]);
    const third = hold(resolved, DATES[2]!, second.row);
    const fourth = hold(plan, DATES[3]!, third.row);
    expect(find(second.agenda, 'action:posters')?.carried?.times).toBe(1);
    expect(find(third.agenda, 'action:posters')).toBeUndefined();
    expect(find(fourth.agenda, 'action:posters')?.carried).toBeUndefined();
  });

  it('counts only what was on the agenda as agreed: an item dropped before the meeting starts again', () => {
    const agendas = series(plan, DATES.slice(0, 3), (a, i) => (i === 1 ? editAgenda(a, { type: 'drop', itemId: 'action:posters' }) : a));
    expect(find(agendas[1]!, 'action:posters')).toBeUndefined();
    expect(find(agendas[2]!, 'action:posters')?.carried).toBeUndefined();
  });

  it('never carries standing items such as a strand review', () => {
    const withStrand = makePlan({}, [priority(4, 'High'), action('a', { Strand: strand(4) })]);
    const agendas = series(withStrand, DATES.slice(0, 4));
    expect(agendas.map((a) => find(a, 'strand:4')?.carried)).toEqual([undefined, undefined, undefined, undefined]);
    expect(find(agendas[3]!, 'strand:4')?.flagged).toBe(false);
  });

  it('carries a plan that stays unsigned', () => {
    const agendas = series(makePlan(), DATES.slice(0, 4));
    expect(find(agendas[3]!, 'plan:unsigned')).toMatchObject({ carried: { firstOn: '2031-01-12', times: 3 }, flagged: true });
  });

  it('keeps carrying an item the CEM moved or re-timed', () => {
    const agendas = series(plan, DATES.slice(0, 2), (a, i) =>
      i === 0 ? editAgenda(editAgenda(a, { type: 'move', itemId: 'concern:moorings', toIndex: 0 }), { type: 'minutes', itemId: 'concern:moorings', minutes: 9 }) : a,
    );
    expect(find(agendas[1]!, 'concern:moorings')?.carried?.times).toBe(1);
  });
});

describe('a previous meeting whose agenda cannot be used', () => {
  const plan = makePlan({}, [action('posters')]);

  it('notes a previous meeting without a saved agenda and carries nothing', () => {
    const agenda = proposeAgenda({ plan, meetingDate: '2031-01-26', previousMeeting: meeting('m1', '2031-01-12') });
    expect(agenda.notes.map(english)).toEqual(['The meeting on 12 Jan 2031 has no saved agenda, so nothing is marked as carried from it.']);
    expect(find(agenda, 'action:posters')?.carried).toBeUndefined();
  });

  it('notes a damaged saved agenda instead of failing', () => {
    const agenda = proposeAgenda({ plan, meetingDate: '2031-01-26', previousMeeting: meeting('m1', '2031-01-12', { AgendaSnapshot: '{"v":1,' }) });
    expect(agenda.notes.map(english)).toEqual([
      'The saved agenda of the meeting on 12 Jan 2031 could not be read, so nothing is marked as carried from it.',
    ]);
    expect(agenda.items.length).toBeGreaterThan(0);
  });

  it('refuses a "previous" meeting that is not before this one', () => {
    expect(refusal(() => proposeAgenda({ plan, meetingDate: '2031-01-26', previousMeeting: meeting('m1', '2031-01-26') }))).toBe(
      'The previous meeting must have a date before 26 Jan 2031.',
    );
  });
});
