import { STRANDS, strandFromChoice, type Plan, type StrandId } from '../../plan';

/** Statuses of an action still to be done. */
const OPEN_STATUSES: readonly string[] = ['Open', 'In progress'];

export interface StrandSummary {
  readonly id: StrandId;
  readonly name: string;
  readonly short: string;
  readonly priority: string | undefined;
  readonly openActions: number;
  readonly overdueActions: number;
}

/** Each of the eight strands with its local priority and its open and overdue actions on `today`. */
export function strandSummaries(plan: Plan, today: string): StrandSummary[] {
  return STRANDS.map((strand) => {
    const priority = plan.sections.localPriorities.find((row) => strandFromChoice(row.values.Strand) === strand.id)?.values.Priority;
    const open = plan.sections.actions.filter(
      (action) => strandFromChoice(action.values.Strand) === strand.id && OPEN_STATUSES.includes(String(action.values.Status)),
    );
    return {
      id: strand.id,
      name: strand.name,
      short: strand.short,
      priority: typeof priority === 'string' ? priority : undefined,
      openActions: open.length,
      overdueActions: open.filter((action) => typeof action.values.DueDate === 'string' && action.values.DueDate < today).length,
    };
  });
}
