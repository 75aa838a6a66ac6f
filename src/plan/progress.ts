import { PRIORITIES, type Priority } from './field';
import type { IsoDate } from './dates';
import type { Plan, Row, ValuesOf } from './rows';
import { dateOf, textOf } from './read-values';
import { signOffState, type SignOff } from './sign-off';
import { STRANDS, strandFromChoice, type StrandId } from './strands';
import { ACTION_STATUSES } from './sections/meetings';

/**
 * What the plan home and the agenda both need to know about a plan at a glance. Derived here,
 * once, so the two never disagree about what "open", "overdue" or "signed" means.
 */

type ActionLike = Pick<Row<'actions'>, 'values'>;

/**
 * An action still to be done: anything not Done or Dropped (an empty status counts as open).
 * The stored choice is compared as it is (validation keeps choices exact): this runs for every
 * action of a plan, several times per agenda.
 */
export function isOpen(action: ActionLike): boolean {
  const status = action.values.Status;
  return status !== 'Done' && status !== 'Dropped';
}

/** The statuses isOpen counts as open, for queries that must name them (SharePoint views). */
export const OPEN_ACTION_STATUSES: readonly string[] = ACTION_STATUSES.filter((status) => isOpen({ values: { Status: status } } as ActionLike));

/** Open and due before `today` (an action due today is not yet overdue). */
export function isOverdue(action: ActionLike, today: IsoDate): boolean {
  const due = dateOf(action.values.DueDate);
  return due !== null && due < today && isOpen(action);
}

/** A concern the council raised that is not marked resolved. */
export function isUnresolved(concern: Pick<Row<'concernsRaised'>, 'values'>): boolean {
  return concern.values.Resolved !== true;
}

/** High = 0, Medium = 1, Low = 2, not ranked = 3: the order strands are discussed in. */
export function priorityRank(priority: Priority | null): number {
  return priority === null ? PRIORITIES.length : PRIORITIES.indexOf(priority);
}

/** A strand and its local priority. */
export interface StrandPriority {
  readonly strand: StrandId;
  readonly name: string;
  readonly short: string;
  readonly priority: Priority | null;
  /** The Local priorities row that ranks this strand, if there is one. */
  readonly priorityRow?: Row<'localPriorities'>;
}

export interface StrandProgress extends StrandPriority {
  readonly openActions: number;
  readonly overdueActions: number;
  /** The open actions themselves, in plan order. */
  readonly openActionRows: readonly Row<'actions'>[];
}

export interface PlanProgress {
  /** One entry per strand, in strand order (1 to 8). */
  readonly strands: readonly StrandProgress[];
  readonly totals: {
    readonly actions: number;
    readonly openActions: number;
    readonly overdueActions: number;
    /** Open actions that name no strand. */
    readonly openWithoutStrand: number;
    readonly unresolvedConcerns: number;
  };
  readonly signOff: SignOff;
}

function asPriority(value: unknown): Priority | null {
  return PRIORITIES.find((p) => p === value) ?? null;
}

/**
 * The strand a "Strand" column names. Stored values look like "4 Recruitment", so a digit from
 * 1 to 8 followed by a space is read straight off the first two characters; anything else goes
 * the long way. The plan home and the agenda read it for thousands of rows.
 */
export function strandOf(value: unknown): StrandId | undefined {
  if (typeof value === 'string' && value.charCodeAt(1) === 32) {
    const digit = value.charCodeAt(0) - 48;
    if (digit >= 1 && digit <= STRANDS.length) return digit as StrandId;
  }
  return strandFromChoice(value);
}

/** Each strand's priority row, the first one in plan order when a strand is ranked twice. */
function priorityRowsByStrand(plan: Plan): Map<StrandId, Row<'localPriorities'>> {
  const rows = new Map<StrandId, Row<'localPriorities'>>();
  for (const row of plan.sections.localPriorities) {
    const strand = strandOf(row.values.Strand);
    if (strand !== undefined && !rows.has(strand)) rows.set(strand, row);
  }
  return rows;
}

/** Every strand in strand order (1 to 8) with its local priority, as the Local priorities rows rank it. */
export function strandPriorities(plan: Plan): StrandPriority[] {
  const priorityRows = priorityRowsByStrand(plan);
  return STRANDS.map((s) => {
    const priorityRow = priorityRows.get(s.id);
    return { strand: s.id, name: s.name, short: s.short, priority: asPriority(priorityRow?.values.Priority ?? null), ...(priorityRow && { priorityRow }) };
  });
}

/** Per-strand priority and action counts, plan totals and sign-off, in one pass over the actions. */
export function planProgress(plan: Plan, today: IsoDate): PlanProgress {
  const open = new Map<StrandId, Row<'actions'>[]>(STRANDS.map((s) => [s.id, []]));
  const overdue = new Map<StrandId, number>();
  let openActions = 0;
  let overdueActions = 0;
  let openWithoutStrand = 0;
  for (const action of plan.sections.actions) {
    if (!isOpen(action)) continue;
    openActions += 1;
    const late = isOverdue(action, today);
    if (late) overdueActions += 1;
    const strand = strandOf(action.values.Strand);
    if (strand === undefined) {
      openWithoutStrand += 1;
      continue;
    }
    open.get(strand)!.push(action);
    if (late) overdue.set(strand, (overdue.get(strand) ?? 0) + 1);
  }
  const strands = strandPriorities(plan).map(
    (s): StrandProgress => ({
      ...s,
      openActions: open.get(s.strand)!.length,
      overdueActions: overdue.get(s.strand) ?? 0,
      openActionRows: open.get(s.strand)!,
    }),
  );
  const unresolvedConcerns = plan.sections.concernsRaised.filter(isUnresolved).length;
  return {
    strands,
    totals: { actions: plan.sections.actions.length, openActions, overdueActions, openWithoutStrand, unresolvedConcerns },
    signOff: signOffState(plan.header.values),
  };
}
