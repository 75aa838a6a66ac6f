import { applyRowChanges } from '../../../../src/lib/live';
import type { AnyRow } from '../../../../src/plan';
import { action, makePlan, row } from '../../../agenda/plan-factory';

const decision = (key: string, text: string, options: { id?: string; etag?: string; modified?: string } = {}) =>
  ({ ...row('decisions', key, { DecisionText: text }, options), ...(options.etag && { etag: options.etag }) }) as AnyRow;

describe('applyRowChanges', () => {
  it('adds a row written by someone else and replaces a changed one by key', () => {
    const done = action('a1', { Status: 'Open' }, { id: '7' });
    const plan = makePlan({}, [done]);
    const next = applyRowChanges(plan, [
      { kind: 'upsert', row: decision('d1', 'Leaflets go to every village hall.') },
      { kind: 'upsert', row: { ...done, etag: '"{g},2"', values: { ...done.values, Status: 'Done' } } as AnyRow },
    ]);
    expect(next.sections.decisions.map((d) => d.values.DecisionText)).toEqual(['Leaflets go to every village hall.']);
    expect(next.sections.actions.map((a) => a.values.Status)).toEqual(['Done']);
    expect(plan.sections.actions[0]?.values.Status).toBe('Open');
  });

  it('drops a row deleted elsewhere by its storage id', () => {
    const plan = makePlan({}, [action('a1', {}, { id: '7' }), action('a2', {}, { id: '8' })]);
    const next = applyRowChanges(plan, [{ kind: 'delete', section: 'actions', id: '7' }]);
    expect(next.sections.actions.map((a) => a.key)).toEqual(['a2']);
  });

  it('passes over rows of other plans on the same site', () => {
    const plan = makePlan();
    const other = { ...decision('d9', 'Another council decided this.'), planId: 'fenmouth' } as AnyRow;
    expect(applyRowChanges(plan, [{ kind: 'upsert', row: other }]).sections.decisions).toEqual([]);
  });

  it('keeps a newer version than the one a slow poll brings back', () => {
    const plan = makePlan({}, [decision('d1', 'Saved second', { etag: '"{g},3"' }) as never]);
    const stale = decision('d1', 'Saved first', { etag: '"{g},2"' });
    expect(applyRowChanges(plan, [{ kind: 'upsert', row: stale }]).sections.decisions[0]?.values.DecisionText).toBe('Saved second');
  });

  it('compares modification times when the ETags carry no version', () => {
    const plan = makePlan({}, [decision('d1', 'Later', { modified: '2031-02-02T10:05:00Z' }) as never]);
    const earlier = decision('d1', 'Earlier', { modified: '2031-02-02T10:00:00Z' });
    const later = decision('d1', 'Latest', { modified: '2031-02-02T10:09:00Z' });
    expect(applyRowChanges(plan, [{ kind: 'upsert', row: earlier }]).sections.decisions[0]?.values.DecisionText).toBe('Later');
    expect(applyRowChanges(plan, [{ kind: 'upsert', row: later }]).sections.decisions[0]?.values.DecisionText).toBe('Latest');
  });
});
