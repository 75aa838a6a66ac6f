import { diffAgendas, editAgenda, isSameAgenda, proposeAgenda } from '../../src/agenda';
import { action, concern, makePlan, MEETING } from './plan-factory';

const plan = makePlan({}, [action('a1', { DueDate: '2031-01-10' }), action('a2', { DueDate: '2031-01-11' }), concern('c1')]);
const base = proposeAgenda({ plan, meetingDate: MEETING });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('how my agenda differs from the one agreed meanwhile', () => {
  it('finds nothing between an agenda and itself', () => {
    expect(isSameAgenda(diffAgendas(base, base))).toBe(true);
  });

  it('names the items added, removed and re-timed', () => {
    const theirs = editAgenda(base, { type: 'drop', itemId: 'concern:c1' });
    const mine = editAgenda(editAgenda(base, { type: 'add', title: 'Any other business' }), { type: 'minutes', itemId: 'action:a1', minutes: 9 });
    const diff = diffAgendas(theirs, mine);
    expect(ids(diff.added)).toEqual(['concern:c1', 'custom:1']);
    expect(diff.removed).toEqual([]);
    expect(diff.retimed.map((r) => [r.item.id, r.from, r.to])).toEqual([['action:a1', 2, 9]]);
    expect(isSameAgenda(diff)).toBe(false);
  });

  it('keeps apart the items two people each added by hand, though both are numbered alike', () => {
    const theirs = editAgenda(base, { type: 'add', title: 'Book the hall' });
    const mine = editAgenda(base, { type: 'add', title: 'Ask the library for a noticeboard' });
    const diff = diffAgendas(theirs, mine);
    expect(diff.added.map((i) => i.title)).toEqual([mine.items.at(-1)!.title]);
    expect(diff.removed.map((i) => i.title)).toEqual([theirs.items.at(-1)!.title]);
    expect(isSameAgenda(diff)).toBe(false);
    expect(isSameAgenda(diffAgendas(theirs, theirs))).toBe(true);
  });

  it('counts only the item that moved, not the ones it passed', () => {
    const last = base.items.at(-1)!.id;
    const mine = editAgenda(base, { type: 'move', itemId: last, toIndex: 0 });
    const diff = diffAgendas(base, mine);
    expect(diff.moved.map((m) => [m.item.id, m.from, m.to])).toEqual([[last, base.items.length, 1]]);
  });

  it('notices a new date or planned length', () => {
    const mine = proposeAgenda({ plan, meetingDate: '2031-02-03', targetMinutes: 30 });
    expect(diffAgendas(base, mine)).toMatchObject({ meetingDate: { from: MEETING, to: '2031-02-03' }, targetMinutes: { from: 45, to: 30 } });
  });
});
