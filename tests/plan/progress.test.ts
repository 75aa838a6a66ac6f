import { isOpen, isOverdue, planProgress, strandOf } from '../../src/plan/progress';
import { signOffState } from '../../src/plan/sign-off';
import { strandChoice } from '../../src/plan';
import { action, concern, makePlan, priority } from '../agenda/plan-factory';

const TODAY = '2031-02-02';

describe('open and overdue actions', () => {
  it.each([
    ['Open', true],
    ['In progress', true],
    [null, true],
    ['Done', false],
    ['Dropped', false],
  ])('an action with status %s is open: %s', (status, open) => {
    expect(isOpen(action('a', { Status: status }))).toBe(open);
  });

  it.each([
    ['due yesterday and open', { DueDate: '2031-02-01' }, true],
    ['due today', { DueDate: TODAY }, false],
    ['due tomorrow', { DueDate: '2031-02-03' }, false],
    ['without a due date', {}, false],
    ['due yesterday but done', { DueDate: '2031-02-01', Status: 'Done' }, false],
    ['due yesterday, sent as an instant', { DueDate: '2031-01-31T23:00:00Z' }, true],
    ['with an unreadable due date', { DueDate: 'TBC' }, false],
  ])('an action %s is overdue: %s', (_case, values, overdue) => {
    expect(isOverdue(action('a', values), TODAY)).toBe(overdue);
  });
});

describe('sign-off', () => {
  it.each([
    ['nobody signed', {}, { signed: false, missing: ['aclm', 'clm'] }],
    ['only the ACLM signed', { AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10' }, { signed: false, missing: ['clm'] }],
    [
      'both signed',
      { AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10', ClmSignedBy: 'Ruth Abara', ClmSignedOn: '2031-01-12' },
      { signed: true, missing: [], signedOn: '2031-01-12' },
    ],
    ['the plan names only an ACLM, who signed', { Clm: null, AclmSignedBy: 'Sam Okafor', AclmSignedOn: '2031-01-10' }, { signed: true, required: ['aclm'] }],
    ['a blank signature', { AclmSignedBy: '  ', ClmSignedBy: 'Ruth Abara' }, { signed: false, missing: ['aclm'], clm: { by: 'Ruth Abara', on: null } }],
  ])('%s', (_case, header, expected) => {
    expect(signOffState(makePlan(header).header.values)).toMatchObject(expected);
  });
});

describe('what the plan home shows', () => {
  const plan = makePlan({}, [
    priority(4, 'High'),
    priority(2, 'Low'),
    action('a1', { Strand: strandChoice(4), DueDate: '2031-01-01' }),
    action('a2', { Strand: strandChoice(4), DueDate: '2031-03-01' }),
    action('a3', { Strand: strandChoice(4), Status: 'Done', DueDate: '2031-01-01' }),
    action('a4', { Strand: strandChoice(2) }),
    action('a5', { DueDate: '2031-01-01' }),
    concern('c1'),
    concern('c2', { Resolved: true }),
  ]);
  const progress = planProgress(plan, TODAY);

  it('gives every strand in order with its priority and open and overdue actions', () => {
    expect(progress.strands.map((s) => [s.strand, s.priority, s.openActions, s.overdueActions])).toEqual([
      [1, null, 0, 0],
      [2, 'Low', 1, 0],
      [3, null, 0, 0],
      [4, 'High', 2, 1],
      [5, null, 0, 0],
      [6, null, 0, 0],
      [7, null, 0, 0],
      [8, null, 0, 0],
    ]);
    expect(progress.strands[3]?.openActionRows.map((r) => r.key)).toEqual(['a1', 'a2']);
  });

  it('totals the plan, including open actions without a strand', () => {
    expect(progress.totals).toEqual({ actions: 5, openActions: 4, overdueActions: 2, openWithoutStrand: 1, unresolvedConcerns: 1 });
  });

  it.each([
    ['4 Recruitment', 4],
    ['7 Anything after the number', 7],
    ['9 Census outputs', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads the strand of "%s"', (value, strand) => {
    expect(strandOf(value)).toBe(strand);
  });
});
