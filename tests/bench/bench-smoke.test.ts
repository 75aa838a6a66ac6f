import { SECTIONS } from '../../src/plan';
import { formatTable, jsonSummary, pollRate, type BenchResults } from '../../scripts/bench/report';
import { runBench } from '../../scripts/bench/run-bench';

/**
 * A small run of `npm run bench` (small plans, little latency, a few tries, no bundle) to keep
 * the script working. It checks what the run counts, never how long anything took.
 */
jest.setTimeout(120_000);

let results: BenchResults;

beforeAll(async () => {
  results = await runBench(
    { latencyMs: 10, planRows: [40, 300], reopenRows: [300], openRuns: 1, agendaActions: [200], agendaRuns: 3, syncTries: 3, bundle: 'skip', resourceUnits: false },
    () => undefined,
  );
});

describe('a small benchmark run', () => {
  it('opens each plan in two sequential round trips, where the naive loader takes one per list', () => {
    expect(results.openPlan.map((o) => [o.rows, o.roundTrips])).toEqual([
      [40, 2],
      [300, 2],
    ]);
    for (const o of results.openPlan) expect(o.naiveRoundTrips).toBeGreaterThanOrEqual(SECTIONS.length + 1);
  });

  it('opens each plan through the plan service, as the browser does, in one round trip of its own', () => {
    expect(results.openPlan.map((o) => [o.rows, o.service.roundTrips])).toEqual([
      [40, 1],
      [300, 1],
    ]);
    for (const o of results.openPlan) expect(o.service.ms).toBeGreaterThan(results.latencyMs);
  });

  it('reopens a plan from the cache and brings it up to date through the service with a fraction of a full read', () => {
    const [reopened] = results.reopen;
    expect(reopened?.changesApplied).toBe(5);
    expect(reopened!.refreshBytes).toBeLessThan(reopened!.fullLoadBytes / 2);
  });

  it('sees every decision on the other client, polling at most once a second', () => {
    expect(results.sync.tries).toBe(3);
    expect(results.sync.pollsPerSecond).toBeGreaterThan(0);
    expect(pollRate(results.sync.pollsPerSecond)).toBeLessThanOrEqual(1);
    expect(results.sync.requestsPerSecond).toBeGreaterThan(0);
  });

  it('prints one table and the same figures as one JSON object', () => {
    const table = formatTable(results);
    expect(table).toContain('1. Open a plan of 300 rows');
    expect(table).toContain('3. Agenda build, 200 actions, fresh plan');
    expect(table).toContain('3. Agenda build, 200 actions, after one change');
    const json = JSON.parse(JSON.stringify(jsonSummary(results))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['openPlan', 'agendaMs', 'agendaColdMs', 'agendaRebuildMs', 'syncMs', 'reopen']));
    expect((json.agendaMs as Record<string, number>)['200']).toBe(Math.round(results.agenda.rebuild.median['200']! * 10) / 10);
    expect((json.agendaColdMs as Record<string, number>)['200']).toBe(Math.round(results.agenda.cold.median['200']! * 10) / 10);
  });
});
