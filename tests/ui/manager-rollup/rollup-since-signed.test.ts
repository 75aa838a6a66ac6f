import { rollupRow } from '../../../src/features/manager-rollup/rollup-rows';
import { filterRollup } from '../../../src/features/manager-rollup/rollup-filter';
import { nextMeetingText, signOffText } from '../../../src/features/manager-rollup/rollup-text';
import { createTranslate } from '../../../src/i18n';
import { cyGB } from '../../../src/i18n/cy-GB';
import { enGB } from '../../../src/i18n/en-GB';
import type { Plan } from '../../../src/plan';
import { splitSignedVersion, signedVersionOf } from '../../../src/plan/signed-version';
import { action, row } from '../../agenda/plan-factory';
import { TODAY, councilPlan, ottery, wyre } from './rollup-plans';

const t = createTranslate(enGB, 'en-GB');

/** `plan` as both partners signed it in the app (its signed version kept as snapshot rows). */
function signedInApp(plan: Plan): Plan {
  const parts = splitSignedVersion(signedVersionOf(plan));
  const snapshots = parts.map((content, i) => row('snapshots', `s${i + 1}`, { SnapshotKey: 'signed-1', Reason: 'Signed', Part: i + 1, Parts: parts.length, Content: content }));
  return { ...plan, header: { ...plan.header, values: { ...plan.header.values, SignedSnapshotKey: 'signed-1' } }, sections: { ...plan.sections, snapshots } } as Plan;
}

describe('a signed plan in the roll-up', () => {
  it('stays "Signed" while it is as it was signed', () => {
    const line = rollupRow(signedInApp(ottery), TODAY);
    expect(line.signOffStatus).toBe('signed');
    expect(signOffText(line, t)).toBe('Signed 5 Jan 2031');
  });

  it('shows "Changed since signed" once a row changed after signing, and counts as awaiting signatures', () => {
    const signed = signedInApp(ottery);
    const changed = { ...signed, sections: { ...signed.sections, actions: signed.sections.actions.map((a) => (a.key === 'a3' ? { ...a, values: { ...a.values, ActionTitle: 'Due today, moved hall' } } : a)) } } as Plan;
    const line = rollupRow(changed, TODAY);
    expect(line.signOffStatus).toBe('changed-since-signed');
    expect(signOffText(line, t)).toBe('Changed since signed');
    expect(signOffText(line, createTranslate(cyGB, 'cy-GB'))).toBe('Wedi newid ers ei lofnodi');
    expect(filterRollup([line], '', 'awaiting')).toHaveLength(1);
    expect(filterRollup([line], '', 'signed')).toHaveLength(0);
  });
});

describe('the next meeting in the roll-up', () => {
  it('is the planned one when there is one', () => {
    const line = rollupRow(ottery, TODAY);
    expect(line).toMatchObject({ nextMeeting: '2031-01-24', meetingDueByCadence: null });
    expect(nextMeetingText(line, t)).toBe('24 Jan 2031');
  });

  it("falls due at the plan's cadence after the last one held when none is planned", () => {
    expect(rollupRow(wyre, TODAY)).toMatchObject({ nextMeeting: null, meetingDueByCadence: '2031-01-24' });
    const monthly = councilPlan('wyre-end', { CouncilName: 'Wyre End Council', MeetingEveryDays: null }, [
      row('plannedCommunication', 'pc1', { Attendees: 'CEM, ACLM', Reason: 'Review the plan', Frequency: 'Monthly' }),
      row('meetings', 'm1', { MeetingDate: '2030-12-31', MeetingStatus: 'Closed' }),
    ]);
    const line = rollupRow(monthly, TODAY);
    expect(line.meetingDueByCadence).toBe('2031-01-31');
    expect(nextMeetingText(line, t)).toBe('31 Jan 2031 (due by the plan’s cadence, none planned)');
  });
});

describe('people in the roll-up', () => {
  it('names the owner of an overdue action by name, not "Name <email>"', () => {
    const plan = councilPlan('x', { CouncilName: 'X Council' }, [action('a', { ActionTitle: 'Late', DueDate: '2031-01-01', Owner: 'Priya Raman <priya.raman@x.example>' })]);
    expect(rollupRow(plan, TODAY).overdue[0]?.owner).toBe('Priya Raman');
  });
});
