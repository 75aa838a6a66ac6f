import type { AnyRow } from '../../src/plan';
import { Ledger, versionOf } from '../../scripts/chaos/ledger';

const action = { section: 'actions', key: 'cem-1' };

function stored(key: string, version: number, values: AnyRow['values'], id = '1'): AnyRow {
  return {
    section: 'actions',
    id,
    key,
    planId: 'chaos-vale-district-council',
    etag: `"{5C1A2B3D-0000-4000-8000-000000000001},${version}"`,
    order: 0,
    created: '2031-03-02T10:00:00Z',
    modified: '2031-03-02T10:00:00Z',
    values,
  };
}

function ledgerWithCreateAndUpdate(): Ledger {
  const ledger = new Ledger();
  ledger.scriptedCreate(action);
  ledger.confirmedWrite('create', action, { ActionTitle: 'Book a hall', Status: 'Open' }, stored('cem-1', 1, {}));
  ledger.confirmedWrite('update', action, { Status: 'Done' }, stored('cem-1', 2, {}));
  return ledger;
}

describe('the chaos ledger', () => {
  it('reads the item version from a SharePoint ETag', () => {
    expect(versionOf('"{5C1A2B3D-0000-4000-8000-000000000001},12"')).toBe(12);
    expect(versionOf('no version')).toBe(0);
  });

  it('finds nothing wrong when storage holds the last confirmed value of every field', () => {
    const verdict = ledgerWithCreateAndUpdate().verify([stored('cem-1', 2, { ActionTitle: 'Book a hall', Status: 'Done' })]);
    expect(verdict).toEqual({ lost: 0, duplicated: 0, problems: [] });
  });

  it('counts a confirmed update whose value is not in storage as lost', () => {
    const verdict = ledgerWithCreateAndUpdate().verify([stored('cem-1', 1, { ActionTitle: 'Book a hall', Status: 'Open' })]);
    expect(verdict.lost).toBe(1);
    expect(verdict.problems[0]).toContain('Status');
  });

  it('does not count an earlier write overwritten by a later confirmed one', () => {
    const ledger = ledgerWithCreateAndUpdate();
    ledger.confirmedWrite('update', action, { Status: 'Dropped' }, stored('cem-1', 3, {}));
    expect(ledger.verify([stored('cem-1', 3, { ActionTitle: 'Book a hall', Status: 'Dropped' })]).lost).toBe(0);
  });

  it('counts a confirmed create that is not stored, and a create that never ended, as lost', () => {
    const ledger = ledgerWithCreateAndUpdate();
    ledger.scriptedCreate({ section: 'actions', key: 'aclm-2' });
    expect(ledger.verify([]).lost).toBe(2);
  });

  it('counts a confirmed delete whose row is still stored as lost, and a deleted row as fine', () => {
    const ledger = ledgerWithCreateAndUpdate();
    ledger.confirmedDelete(action);
    expect(ledger.verify([]).lost).toBe(0);
    expect(ledger.verify([stored('cem-1', 2, { ActionTitle: 'Book a hall', Status: 'Done' })]).lost).toBe(1);
  });

  it('does not count a refused create as lost', () => {
    const ledger = new Ledger();
    ledger.scriptedCreate(action);
    ledger.createEnded(action);
    expect(ledger.verify([]).lost).toBe(0);
  });

  it('counts every extra item with the same client key as duplicated', () => {
    const row = { ActionTitle: 'Book a hall', Status: 'Done' };
    const verdict = ledgerWithCreateAndUpdate().verify([stored('cem-1', 2, row, '1'), stored('cem-1', 1, row, '2'), stored('cem-1', 1, row, '3')]);
    expect(verdict.duplicated).toBe(2);
  });
});
