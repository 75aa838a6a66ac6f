import { benchResourceUnits, type ResourceUnitResult } from '../../scripts/bench/resource-units';

/**
 * The resource-unit part of `npm run bench`, small (12 plans, 3 meetings at once): the meeting is
 * the real one (an hour on the simulated clock, 60 decisions, four frames on the live stream).
 * It checks what SharePoint was charged, as the stand-in's meter counts it, never timings.
 */
jest.setTimeout(180_000);

let result: ResourceUnitResult;

beforeAll(async () => {
  result = await benchResourceUnits(() => undefined, { rollupPlans: 12, meetings: 3 });
});

describe('SharePoint resource units through the plan service', () => {
  it('keeps a whole meeting within its budget, a small fraction of per-person polling', () => {
    expect(result.seenTries).toBe(60);
    expect(result.meeting).toBeLessThanOrEqual(600);
    expect(result.meeting * 50).toBeLessThan(result.today.meeting);
  });

  it('reads the roll-up with a few multi-item reads, however many plans', () => {
    expect(result.rollup300).toBeLessThanOrEqual(2 * 5);
    expect(result.today.rollup300).toBeGreaterThan(12 * 60);
  });

  it('charges several meetings at once less a minute than one meeting polling today', () => {
    expect(result.hundredMeetingsPerMinute).toBeLessThan(result.today.hundredMeetingsPerMinute / 10);
  });
});
