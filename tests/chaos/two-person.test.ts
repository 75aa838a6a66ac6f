import { FULL_RUN } from '../../scripts/chaos/scenario';
import { runTwoPerson } from '../../scripts/chaos/two-person';
import { reportJson, twoPersonPassed } from '../../scripts/chaos/report';

/**
 * The two-person scenario of `npm run chaos`, small: simultaneous notes, agenda and summary
 * edits on the meeting's row, and same-row changes to different and to the same fields, through
 * the plan service while the stand-in behind it throttles and drops.
 */
describe('two people writing at the same moment', () => {
  it('loses no note and raises a conflict only where both changed the same field', async () => {
    const report = await runTwoPerson({ ...FULL_RUN, writes: 48, latencyMs: 10 });
    expect(report.scripted).toBeGreaterThan(40);
    expect(report.notesLost).toBe(0);
    expect(report.notesDuplicated).toBe(0);
    expect(report.changesLost).toBe(0);
    expect(report.refusals).toEqual([]);
    expect(report.falseConflicts).toBe(0);
    expect(report.missedConflicts).toBe(0);
    expect(report.sameFieldConflicts).toBe(3);
    expect(twoPersonPassed(report)).toBe(true);
  }, 120_000);

  it('adds restarts, scripted, falseConflicts and notesLost to the JSON line', () => {
    const two = { scripted: 9, falseConflicts: 0, sameFieldConflicts: 1, missedConflicts: 0, notesLost: 0, notesDuplicated: 0, changesLost: 0, refusals: [] };
    const restart = { browserRequestsCut: 3, sharePointRequestsCut: 1 };
    const main = { writes: 10, lost: 0, duplicated: 0, conflicts: 2, restarts: [restart] } as unknown as Parameters<typeof reportJson>[0];
    expect(JSON.parse(reportJson(main, two))).toEqual({ writes: 10, lost: 0, duplicated: 0, conflicts: 2, restarts: 1, scripted: 9, falseConflicts: 0, notesLost: 0 });
  });
});
