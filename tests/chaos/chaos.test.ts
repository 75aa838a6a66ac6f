import { FULL_RUN, runChaos } from '../../scripts/chaos/scenario';

/**
 * The chaos run of `scripts/chaos.ts`, small: the same fault rates against the stand-in, less
 * latency and fewer writes, and no retries inside a Graph request, so every fault reaches the
 * outbox. Faults must really have happened, and nothing may be lost or doubled.
 */
describe('in-call writes from two people while SharePoint throttles and drops', () => {
  it('loses nothing and duplicates nothing', async () => {
    const report = await runChaos({ ...FULL_RUN, writes: 120, latencyMs: 20, paceMs: 30, pollEvery: 4, graphRetries: 0 });

    expect(report.faults.throttled).toBeGreaterThan(0);
    expect(report.faults.dropped).toBeGreaterThan(0);
    expect(report.outboxRetries).toBeGreaterThan(0);
    expect(report.writes).toBeGreaterThan(report.scripted / 2);
    expect(report.unexpected).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
  }, 120_000);
});
