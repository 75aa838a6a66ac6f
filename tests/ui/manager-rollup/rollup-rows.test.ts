import { rollupRow, rollupRows, rollupTotals } from '../../../src/features/manager-rollup/rollup-rows';
import { filterRollup } from '../../../src/features/manager-rollup/rollup-filter';
import { signOffText } from '../../../src/features/manager-rollup/rollup-text';
import { createTranslate } from '../../../src/i18n';
import { enGB } from '../../../src/i18n/en-GB';
import { TODAY, bramble, ottery, wyre } from './rollup-plans';

const t = createTranslate(enGB, 'en-GB');

describe("a council's line in the managers' roll-up", () => {
  it('counts open and overdue actions (due today is not yet overdue), unresolved concerns and High strands', () => {
    expect(rollupRow(ottery, TODAY)).toMatchObject({
      planId: 'ottery-down',
      council: 'Ottery Down Council',
      openActions: 3,
      overdueActions: 2,
      unresolvedConcerns: 1,
      highStrands: ['Address register', 'Recruitment'],
    });
  });

  it('lists the overdue actions oldest first, with strand, owner and status', () => {
    expect(rollupRow(ottery, TODAY).overdue).toEqual([
      { title: 'Book the library', strand: null, owner: 'CEM', due: '2030-12-20', status: 'In progress' },
      { title: 'Share the address list', strand: '1 Address register', owner: 'ACLM', due: '2031-01-02', status: 'Open' },
    ]);
  });

  it('takes the last meeting held and the next still to be held, passing over a planned one that never happened', () => {
    const line = rollupRow(ottery, TODAY);
    expect(line.lastMeeting).toBe('2030-12-27');
    expect(line.nextMeeting).toBe('2031-01-24');
    expect(rollupRow(bramble, TODAY)).toMatchObject({ lastMeeting: null, nextMeeting: null });
  });

  it('counts a meeting being held today as the last one, not the next', () => {
    expect(rollupRow(wyre, TODAY)).toMatchObject({ lastMeeting: TODAY, nextMeeting: null });
  });

  it('says who still has to sign, and only the signer a plan names', () => {
    const lines = rollupRows([ottery, bramble, wyre], TODAY);
    expect(lines.map((l) => [l.planId, l.signOffStatus, signOffText(l, t)])).toEqual([
      ['bramble-heath', 'partly-signed', 'Awaiting CLM'],
      ['ottery-down', 'signed', 'Signed 5 Jan 2031'],
      ['wyre-end', 'awaiting', 'Awaiting ACLM'],
    ]);
    const neither = rollupRow({ ...bramble, header: { ...bramble.header, values: { ...bramble.header.values, AclmSignedBy: null } } }, TODAY);
    expect(signOffText(neither, t)).toBe('Awaiting ACLM and CLM');
  });

  it('totals the figures across the councils shown', () => {
    expect(rollupTotals(rollupRows([ottery, bramble, wyre], TODAY))).toEqual({
      plans: 3,
      signed: 1,
      openActions: 4,
      overdueActions: 2,
      unresolvedConcerns: 1,
    });
    expect(rollupTotals([])).toEqual({ plans: 0, signed: 0, openActions: 0, overdueActions: 0, unresolvedConcerns: 0 });
  });
});

describe('narrowing the roll-up', () => {
  const lines = rollupRows([ottery, bramble, wyre], TODAY);
  const ids = (rows: readonly { planId: string }[]) => rows.map((r) => r.planId);

  it('finds councils by any part of the name or id, in any case', () => {
    expect(ids(filterRollup(lines, '  BOROUGH ', 'all'))).toEqual(['bramble-heath']);
    expect(ids(filterRollup(lines, 'wyre-e', 'all'))).toEqual(['wyre-end']);
    expect(ids(filterRollup(lines, 'nowhere', 'all'))).toEqual([]);
  });

  it.each([
    ['awaiting', ['bramble-heath', 'wyre-end']],
    ['signed', ['ottery-down']],
    ['overdue', ['ottery-down']],
    ['concerns', ['ottery-down']],
    ['all', ['bramble-heath', 'ottery-down', 'wyre-end']],
  ] as const)('shows the plans "%s" asks for', (show, expected) => {
    expect(ids(filterRollup(lines, '', show))).toEqual(expected);
  });
});
