import { AgendaInputError, editAgenda, proposeAgenda, type Agenda } from '../../src/agenda';
import { action, concern, makePlan, MEETING } from './plan-factory';
import { inEnglish, refusal } from './english';

const base = (): Agenda =>
  proposeAgenda({ plan: makePlan({}, [action('a1', { DueDate: '2031-01-30' }), action('a2'), concern('c1')]), meetingDate: MEETING });
const order = (agenda: Agenda) => agenda.items.map((i) => i.id);

describe('editing the agenda before the meeting', () => {
  it('starts from the proposed order', () => {
    expect(order(base())).toEqual(['action:a1', 'action:a2', 'concern:c1', 'strand:3', 'plan:unsigned']);
  });

  it.each([
    ['to the top', 'concern:c1', 0, ['concern:c1', 'action:a1', 'action:a2', 'strand:3', 'plan:unsigned']],
    ['to the end', 'action:a1', 4, ['action:a2', 'concern:c1', 'strand:3', 'plan:unsigned', 'action:a1']],
    ['down one place', 'action:a1', 1, ['action:a2', 'action:a1', 'concern:c1', 'strand:3', 'plan:unsigned']],
    ['to where it already is', 'action:a2', 1, ['action:a1', 'action:a2', 'concern:c1', 'strand:3', 'plan:unsigned']],
  ])('moves an item %s', (_case, itemId, toIndex, expected) => {
    expect(order(editAgenda(base(), { type: 'move', itemId, toIndex }))).toEqual(expected);
  });

  it('drops an item and takes its minutes off the total', () => {
    const before = base();
    const after = editAgenda(before, { type: 'drop', itemId: 'concern:c1' });
    expect(order(after)).not.toContain('concern:c1');
    expect(after.totalMinutes).toBe(before.totalMinutes - 5);
  });

  it('adds custom items with unique ids where asked, and counts their time', () => {
    const once = editAgenda(base(), { type: 'add', title: '  Councillor  briefing ', minutes: 10, atIndex: 1 });
    const twice = editAgenda(once, { type: 'add', title: 'Any other business' });
    expect(inEnglish(twice.items[1])).toMatchObject({
      id: 'custom:1',
      kind: 'custom',
      custom: true,
      title: 'Councillor briefing',
      reason: 'Added by hand before the meeting.',
      minutes: 10,
      rows: [],
      flagged: false,
    });
    expect(twice.items.at(-1)).toMatchObject({ id: 'custom:2', minutes: 5 });
    expect(twice.totalMinutes).toBe(base().totalMinutes + 15);
  });

  it('numbers a new custom item after the highest in use, even after one was dropped', () => {
    let agenda = editAgenda(base(), { type: 'add', title: 'One' });
    agenda = editAgenda(agenda, { type: 'add', title: 'Two' });
    agenda = editAgenda(agenda, { type: 'drop', itemId: 'custom:1' });
    agenda = editAgenda(agenda, { type: 'add', title: 'Three' });
    expect(agenda.items.filter((i) => i.custom).map((i) => i.id)).toEqual(['custom:2', 'custom:3']);
  });

  it('changes the time of an item', () => {
    const after = editAgenda(base(), { type: 'minutes', itemId: 'action:a1', minutes: 0 });
    expect(after.items[0]?.minutes).toBe(0);
    expect(after.totalMinutes).toBe(base().totalMinutes - 2);
  });

  it('leaves the agenda it was given as it was', () => {
    const before = base();
    const copy = JSON.parse(JSON.stringify(before));
    editAgenda(before, { type: 'drop', itemId: 'action:a1' });
    editAgenda(before, { type: 'move', itemId: 'concern:c1', toIndex: 0 });
    expect(before).toEqual(copy);
  });

  it.each([
    ['an unknown item', { type: 'drop', itemId: 'action:nope' }, 'The agenda has no item "action:nope"; it may have been dropped already.'],
    ['a place past the end', { type: 'move', itemId: 'action:a1', toIndex: 5 }, 'The place must be a position from 1 to 5.'],
    ['a negative place', { type: 'add', title: 'X', atIndex: -1 }, 'The place must be a position from 1 to 6.'],
    ['an empty title', { type: 'add', title: '   ' }, 'An added item needs a title.'],
    ['a title too long', { type: 'add', title: 'x'.repeat(256) }, 'An item’s title can be at most 255 characters.'],
    ['fractional minutes', { type: 'minutes', itemId: 'action:a1', minutes: 2.5 }, 'An item’s time must be a whole number of minutes from 0 to 240.'],
    ['too many minutes', { type: 'add', title: 'Long', minutes: 241 }, 'An item’s time must be a whole number of minutes from 0 to 240.'],
  ] as const)('refuses %s with a clear message', (_case, edit, message) => {
    const attempt = () => editAgenda(base(), edit);
    expect(attempt).toThrow(AgendaInputError);
    expect(refusal(attempt)).toBe(message);
  });
});
