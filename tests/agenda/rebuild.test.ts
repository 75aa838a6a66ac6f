import { createAgendaEngine, proposeAgenda, type Agenda, type AgendaEngine } from '../../src/agenda';
import { addDays, type Plan, type Row } from '../../src/plan';
import { action, makePlan, meeting, MEETING, priority, strand } from './plan-factory';

/**
 * An engine keeps what it read from each action row between calls (rows are immutable, and the
 * app proposes the agenda again after every change). These tests make sure that never shows:
 * after any series of changes, the agenda is exactly the one a fresh engine gives a freshly
 * loaded plan.
 */

type Action = Row<'actions'>;

/** A small deterministic random source, so a failure can be replayed. */
function randomSource(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

const STATUSES = ['Open', 'In progress', 'Done', 'Dropped'];
const TITLES = ['Book the hall', 'book the hall', 'Agree leaflet text', 'Visit the library', 'Call the parish clerk'];
const LAST = meeting('meeting-jan', '2031-01-19');
/** Another meeting on the same day: actions raised at the one are not raised at the other. */
const SAME_DAY = meeting('meeting-jan-evening', '2031-01-19');

function randomValues(pick: (n: number) => number) {
  return {
    ActionTitle: TITLES[pick(TITLES.length)]!,
    Status: STATUSES[pick(STATUSES.length)]!,
    // Few distinct dates, so many actions share a day and the title and key settle the order.
    DueDate: pick(6) === 0 ? null : addDays('2031-01-20', pick(40)),
    Strand: pick(5) === 0 ? null : strand(((pick(8) + 1) as 1)),
    Owner: pick(3) === 0 ? null : `Owner ${pick(4)} <owner${pick(4)}@kestrelvale.gov.uk>`,
    RaisedInMeeting: pick(4) === 0 ? 'meeting-jan' : null,
    ClosedInMeeting: pick(6) === 0 ? 'meeting-jan' : null,
    ClosedOn: pick(3) === 0 ? addDays('2031-01-10', pick(20)) : null,
  };
}

function withActions(plan: Plan, actions: readonly Action[]): Plan {
  return { ...plan, sections: { ...plan.sections, actions } };
}

/** One change as the app makes it: a row replaced in place, added at the end or in the middle, or dropped. */
function change(plan: Plan, pick: (n: number) => number, step: number): Plan {
  const rows = [...plan.sections.actions];
  const at = pick(rows.length);
  const kind = pick(4);
  if (kind === 0 && rows.length > 1) rows.splice(at, 1);
  else if (kind === 1) rows.push(action(`added-${step}`, randomValues(pick)));
  else if (kind === 2) rows.splice(at, 0, action(`inserted-${step}`, randomValues(pick)));
  else rows[at] = { ...rows[at]!, values: { ...rows[at]!.values, ...randomValues(pick) } };
  return withActions(plan, rows);
}

/** The plan as if loaded again: every row a new object. */
const reloaded = (plan: Plan): Plan => structuredClone(plan);

interface Build {
  readonly plan: Plan;
  readonly meetingDate: string;
  readonly previousMeeting?: Row<'meetings'>;
}

/** Proposed by the engine that has seen every build before it. */
let engine: AgendaEngine;
beforeEach(() => {
  engine = createAgendaEngine();
});
const propose = ({ plan, meetingDate, previousMeeting }: Build): Agenda =>
  engine.propose({ plan, meetingDate, ...(previousMeeting && { previousMeeting }) });
/** Proposed from nothing remembered. */
const fresh = ({ plan, meetingDate, previousMeeting }: Build): Agenda =>
  proposeAgenda({ plan: reloaded(plan), meetingDate, ...(previousMeeting && { previousMeeting }) });

describe('proposing the agenda again after each change', () => {
  it('gives the agenda a freshly loaded plan gives, whatever the changes', () => {
    const pick = randomSource(20310202);
    const rows = Array.from({ length: 120 }, (_, i) => action(`a-${String(i).padStart(3, '0')}`, randomValues(pick)));
    let plan = makePlan({}, [...rows, priority(1, 'High'), priority(3, 'Low')]);
    const builds: Build[] = [];
    const agendas: Agenda[] = [];
    for (let step = 0; step < 100; step += 1) {
      // Now and then several changes at once, another meeting date, or a first meeting.
      for (let n = pick(10) === 0 ? 40 : 1; n > 0; n -= 1) plan = change(plan, pick, step * 100 + n);
      const build: Build = {
        plan,
        meetingDate: pick(8) === 0 ? '2031-02-16' : MEETING,
        ...(pick(5) !== 0 && { previousMeeting: pick(4) === 0 ? SAME_DAY : LAST }),
      };
      builds.push(build);
      agendas.push(propose(build));
    }
    builds.forEach((build, i) => expect(agendas[i]).toEqual(fresh(build)));
  });

  it('gives each plan its own agenda when two plans take turns', () => {
    const pick = randomSource(7);
    const first = makePlan({}, Array.from({ length: 60 }, (_, i) => action(`first-${i}`, randomValues(pick))));
    const second = withActions(first, first.sections.actions.slice(10).map((row) => ({ ...row, values: { ...row.values, Status: 'Open' } })));
    const expected = [first, second].map((plan) => fresh({ plan, meetingDate: MEETING }));
    for (let turn = 0; turn < 4; turn += 1) {
      expect(propose({ plan: first, meetingDate: MEETING })).toEqual(expected[0]);
      expect(propose({ plan: second, meetingDate: MEETING })).toEqual(expected[1]);
    }
  });

  it('orders two actions that tie on date, title and key the way a fresh load does', () => {
    const twin = (id: string, values = {}) => action('twin', { ActionTitle: 'Book the hall', DueDate: '2031-02-10', ...values }, { id });
    const before = makePlan({}, [twin('item-a'), action('other', { DueDate: '2031-02-10' }), twin('item-b')]);
    propose({ plan: before, meetingDate: MEETING });
    const after = withActions(before, [before.sections.actions[0]!, before.sections.actions[1]!, twin('item-c', { Owner: 'ACLM' })]);
    const agenda = propose({ plan: after, meetingDate: MEETING });
    expect(agenda).toEqual(fresh({ plan: after, meetingDate: MEETING }));
    expect(agenda.items.filter((i) => i.id === 'action:twin').map((i) => i.rows[0]!.id)).toEqual(['item-a', 'item-c']);
  });
});

describe('two engines', () => {
  it('remember apart: what one read never changes what the other proposes', () => {
    const pick = randomSource(11);
    const plan = makePlan({}, Array.from({ length: 40 }, (_, i) => action(`a-${i}`, randomValues(pick))));
    const changed = change(plan, pick, 1);
    const [one, other] = [createAgendaEngine(), createAgendaEngine()];
    one.propose({ plan, meetingDate: MEETING });
    other.propose({ plan: changed, meetingDate: '2031-02-16' });
    expect(one.propose({ plan: changed, meetingDate: MEETING })).toEqual(fresh({ plan: changed, meetingDate: MEETING }));
    expect(other.propose({ plan, meetingDate: MEETING })).toEqual(fresh({ plan, meetingDate: MEETING }));
  });
});
