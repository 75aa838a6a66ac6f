import { MULTI_LINE_MAX } from '../../src/plan';
import { diffSinceSnapshot } from '../../src/plan/plan-diff';
import { joinSignedVersion, splitSignedVersion, signedVersionOf } from '../../src/plan/signed-version';
import { row } from '../agenda/plan-factory';
import { samplePlan } from '../ui/support/sample-plan';
import type { Plan } from '../../src/plan';

function withRows(plan: Plan, section: keyof Plan['sections'], rows: Plan['sections'][typeof section]): Plan {
  return { ...plan, sections: { ...plan.sections, [section]: rows } };
}

const stored = (parts: string[]) => parts.map((content, i) => ({ part: i + 1, parts: parts.length, content }));

describe('the signed version of a plan', () => {
  it('splits a large plan into parts that each fit a SharePoint multi-line cell, and joins them back', () => {
    const longNote = 'A long note about the hill villages. '.repeat(400);
    const contacts = Array.from({ length: 30 }, (_, i) => row('keyContacts', `c${i}`, { ContactName: `Person ${i}`, Organisation: longNote }));
    const plan = withRows(samplePlan(), 'keyContacts', contacts);
    const parts = splitSignedVersion(signedVersionOf(plan));
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(MULTI_LINE_MAX);
    expect(joinSignedVersion(stored(parts).reverse()).sections.keyContacts).toHaveLength(30);
  });

  it('stores people\'s "Name <email>" without angle brackets, which the no-markup rule refuses', () => {
    const parts = splitSignedVersion(signedVersionOf(samplePlan()));
    expect(parts.join('')).not.toMatch(/[<>]/);
    expect(joinSignedVersion(stored(parts)).header.Cem).toBe('Ava Lindqvist <ava.lindqvist@census.example>');
  });

  it('refuses a snapshot with a part missing', () => {
    const parts = stored(splitSignedVersion(signedVersionOf(samplePlan()), 500));
    expect(() => joinSignedVersion(parts.slice(1))).toThrow(/incomplete/);
  });

  it('leaves the signatures out, so signing does not count as a change', () => {
    const plan = samplePlan();
    const snapshot = signedVersionOf(plan);
    const signed = { ...plan, header: { ...plan.header, values: { ...plan.header.values, AclmSignedOn: '2031-01-10', SignedSnapshotKey: 'k' } } };
    expect(diffSinceSnapshot(snapshot, signed as Plan)).toEqual([]);
  });
});

describe('what changed since signing', () => {
  it('lists rows added, changed and removed per section, by label', () => {
    const plan = samplePlan();
    const snapshot = signedVersionOf(plan);
    const contacts = plan.sections.keyContacts.map((r) => ({ ...r, values: { ...r.values, Organisation: 'Moved' } }));
    let later = withRows(plan, 'keyContacts', [...contacts, row('keyContacts', 'contact-2', { ContactName: 'Lee Harding' })]);
    later = withRows(later, 'supportChecklist', []);
    expect(diffSinceSnapshot(snapshot, later)).toEqual([
      {
        section: 'keyContacts',
        added: [{ key: 'contact-2', label: 'Lee Harding' }],
        changed: [{ key: 'contact-1', label: 'Jo Marsh' }],
        removed: [],
      },
      { section: 'supportChecklist', added: [], changed: [], removed: [{ key: 'check-1', label: 'Checklist check-1' }] },
    ]);
  });

  it('counts a change to the census milestones as a change to the plan details', () => {
    const plan = samplePlan();
    const snapshot = signedVersionOf(plan);
    const later = { ...plan, header: { ...plan.header, values: { ...plan.header.values, CensusDay: '2031-03-30' } } } as Plan;
    expect(diffSinceSnapshot(snapshot, later).map((c) => c.section)).toEqual(['plan']);
  });
});
