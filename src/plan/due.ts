import { addDays, type IsoDate } from './dates';
import { isOpen, isOverdue } from './progress';
import { dateOf } from './read-values';
import type { Row } from './rows';

/** How many days ahead an open action counts as due soon: up to the next fortnightly meeting. */
export const DUE_SOON_DAYS = 14;

/** Where an action stands against its due date: late, due within the fortnight, or neither. */
export type DueState = 'overdue' | 'dueSoon' | undefined;

/**
 * The one rule for overdue and due-soon: overdue as `isOverdue` says (open and due before today);
 * due soon when open and due from today up to DUE_SOON_DAYS ahead. Done or dropped work is neither.
 */
export function dueStateOf(action: Pick<Row<'actions'>, 'values'>, today: IsoDate): DueState {
  if (isOverdue(action, today)) return 'overdue';
  const due = dateOf(action.values.DueDate);
  if (due !== null && isOpen(action) && due >= today && due <= addDays(today, DUE_SOON_DAYS)) return 'dueSoon';
  return undefined;
}
