import { DUE_SOON_DAYS, addDays, dueStateOf } from '../../src/plan';

const TODAY = '2027-03-10';
const action = (DueDate: string | null, Status = 'Open') => ({ values: { ActionTitle: 'Book the hall', DueDate, Status } }) as Parameters<typeof dueStateOf>[0];

describe('where an action stands against its due date', () => {
  it('calls an open action due yesterday overdue, and one due today due soon (not yet late)', () => {
    expect(dueStateOf(action(addDays(TODAY, -1)), TODAY)).toBe('overdue');
    expect(dueStateOf(action(TODAY), TODAY)).toBe('dueSoon');
  });

  it('counts as due soon up to the fortnight ahead and no further', () => {
    expect(dueStateOf(action(addDays(TODAY, DUE_SOON_DAYS)), TODAY)).toBe('dueSoon');
    expect(dueStateOf(action(addDays(TODAY, DUE_SOON_DAYS + 1)), TODAY)).toBeUndefined();
  });

  it('never flags done or dropped work, nor an action with no due date', () => {
    expect(dueStateOf(action(addDays(TODAY, -30), 'Done'), TODAY)).toBeUndefined();
    expect(dueStateOf(action(addDays(TODAY, 2), 'Dropped'), TODAY)).toBeUndefined();
    expect(dueStateOf(action(null), TODAY)).toBeUndefined();
  });

  it('reads a due date SharePoint sent as an instant', () => {
    expect(dueStateOf(action('2027-03-08T23:00:00Z', 'In progress'), TODAY)).toBe('overdue');
  });
});
