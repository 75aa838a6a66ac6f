import { addDays, type IsoDate } from './dates';
import { isOpen, isOverdue } from './progress';
import { dateOf } from './read-values';
import type { Row } from './rows';

/** How many days ahead an open action counts as due soon: up to the next fortnightly meeting. */
export const DUE_SOON_DAYS = 14;

const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The plan's today: the calendar day in the UK, where the plan is kept and its meetings held. A
 * device set to another zone (a laptop left on holiday time, a colleague abroad) would otherwise
 * turn work overdue, or stop calling it due soon, at its own midnight rather than the plan's.
 */
export function planToday(now: Date = new Date()): IsoDate {
  const parts = UK_DAY.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

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
