import { planToday } from '../../src/plan';

describe("the plan's today", () => {
  it('is the UK calendar day, in British Summer Time as in winter', () => {
    expect(planToday(new Date('2027-06-30T22:59:00Z'))).toBe('2027-06-30');
    expect(planToday(new Date('2027-06-30T23:00:00Z'))).toBe('2027-07-01');
    expect(planToday(new Date('2027-01-15T23:59:00Z'))).toBe('2027-01-15');
    expect(planToday(new Date('2027-01-16T00:00:00Z'))).toBe('2027-01-16');
  });

  it('turns over on the night the clocks go forward at the UK’s midnight, not an hour off', () => {
    // 28 March 2027: clocks go forward at 01:00 GMT; the day before is still GMT.
    expect(planToday(new Date('2027-03-27T23:59:59Z'))).toBe('2027-03-27');
    expect(planToday(new Date('2027-03-28T00:00:00Z'))).toBe('2027-03-28');
    expect(planToday(new Date('2027-03-28T23:00:00Z'))).toBe('2027-03-29');
  });
});
