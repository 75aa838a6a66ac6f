import { FULL_RUN, runChaos } from '../../scripts/chaos/scenario';

/**
 * The chaos run of `scripts/chaos.ts`, small: both people write through the plan service with
 * the same fault rates (SharePoint throttling and dropping behind it, the browsers' connections
 * dropping in front), less latency and fewer writes, and the service stopped mid-run with writes
 * in flight and started again. Faults and the restart must really have happened, and nothing may
 * be lost or doubled.
 */
describe('in-call writes from two people through the plan service while it restarts and SharePoint throttles', () => {
  it('loses nothing and duplicates nothing', async () => {
    const report = await runChaos({ ...FULL_RUN, writes: 120, latencyMs: 20, paceMs: 30, pollEvery: 4, restarts: 1, downMs: 300 });

    expect(report.restarts).toHaveLength(1);
    expect(report.restarts[0]!.browserRequestsCut + report.restarts[0]!.sharePointRequestsCut).toBeGreaterThan(0);
    expect(report.sharePointFaults.throttled).toBeGreaterThan(0);
    expect(report.sharePointFaults.dropped).toBeGreaterThan(0);
    expect(report.faults.dropped).toBeGreaterThan(0);
    expect(report.outboxRetries).toBeGreaterThan(0);
    expect(report.writes).toBeGreaterThan(report.scripted / 2);
    expect(report.unexpected).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
  }, 120_000);
});
