import { proposeAgenda } from '../../src/agenda';
import { addDays } from '../../src/plan';
import { action, makePlan, meeting, MEETING, priority, strand } from './plan-factory';
import { english } from './english';

/**
 * Correctness at the size of a large, neglected plan. Speed is measured by the benchmark, not
 * here: these tests only check that nothing is lost, duplicated or misordered.
 */
function compareTuples(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

describe('a plan with thousands of actions', () => {
  const COUNT = 6000;
  const rows = Array.from({ length: COUNT }, (_, i) =>
    action(`bulk-${String(i).padStart(5, '0')}`, {
      // A mix of statuses, due dates across a year (many shared), strands and previous-meeting actions.
      ActionTitle: `Visit community group ${i % 97}`,
      Status: ['Open', 'In progress', 'Done', 'Open', 'Dropped', 'Open'][i % 6]!,
      DueDate: i % 11 === 0 ? null : addDays('2030-09-01', (i * 7) % 365),
      Strand: strand(((i % 8) + 1) as 1),
      RaisedInMeeting: i % 13 === 0 ? 'meeting-jan' : null,
    }),
  );
  const plan = makePlan({}, [...rows.reverse(), priority(1, 'High')]);
  const agenda = proposeAgenda({ plan, meetingDate: MEETING, previousMeeting: meeting('meeting-jan', '2031-01-19') });
  // Most of them are proposed for later (a 45-minute meeting takes a score of items): the order runs on through them.
  const everyItem = [...agenda.items, ...(agenda.later ?? [])];
  const actionItems = everyItem.filter((i) => i.kind === 'action');

  it('lists every open action exactly once', () => {
    const open = rows.filter((r) => r.values.Status === 'Open' || r.values.Status === 'In progress');
    expect(actionItems).toHaveLength(open.length);
    expect(new Set(actionItems.map((i) => i.id)).size).toBe(open.length);
  });

  it('puts the previous meeting’s actions first, each group by due date, title and key', () => {
    const sortKey = (id: string) => {
      const row = rows.find((r) => `action:${r.key}` === id)!;
      return [String(row.values.DueDate ?? '9999'), String(row.values.ActionTitle).toLowerCase(), row.key];
    };
    const fromLast = actionItems.filter((i) => english(i.reason).startsWith('Raised at the last meeting'));
    expect(actionItems.slice(0, fromLast.length)).toEqual(fromLast);
    for (const group of [fromLast, actionItems.slice(fromLast.length)]) {
      const keys = group.map((i) => sortKey(i.id));
      const outOfOrder = keys.findIndex((k, n) => n > 0 && compareTuples(keys[n - 1]!, k) > 0);
      expect(outOfOrder).toBe(-1);
    }
  });

  it('adds up the minutes and covers every strand with open work', () => {
    expect(agenda.totalMinutes).toBe(agenda.items.reduce((sum, i) => sum + i.minutes, 0));
    expect(agenda.totalMinutes).toBeLessThanOrEqual(45);
    expect(everyItem.filter((i) => i.kind === 'strand').map((i) => i.id)[0]).toBe('strand:1');
    expect(everyItem.filter((i) => i.kind === 'strand')).toHaveLength(8);
  });
});
