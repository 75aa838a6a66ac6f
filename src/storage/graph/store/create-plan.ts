import { STRANDS, ValidationError, planIdFor, sectionById, strandChoice, validateValues, type AnyRow } from '../../../plan';
import { StorageError } from '../../errors';
import type { CreatePlanInput } from '../../port';
import type { StoreContext } from './context';
import { createRowItem, type NewRow } from './row-writes';

const planHeader = sectionById('plan');
const localPriorities = sectionById('localPriorities');

function planIdOf(council: string): string {
  try {
    return planIdFor(council);
  } catch {
    throw new ValidationError(planHeader.id, [
      { field: 'CouncilName', message: 'Council must contain letters or digits, for example "Kestrel Vale District Council".' },
    ]);
  }
}

/**
 * A new plan: its header row (ClientKey = the plan id from the council's name) and the
 * template's eight local-priority rows, one per strand with no priority yet. Every key is derived
 * from the plan id, so running it again — after a failure halfway, say — creates only what is
 * missing and returns the same header.
 */
export async function createPlanRows(ctx: StoreContext, input: CreatePlanInput): Promise<AnyRow> {
  const planId = planIdOf(input.council);
  // Everything is validated before anything is written.
  const header: NewRow = {
    key: planId,
    planId,
    order: 0,
    values: validateValues(planHeader, { ...input.values, CouncilName: input.council, Census: input.census }, 'create'),
  };
  const priorities: NewRow[] = STRANDS.map((strand) => ({
    key: `${planId}/strand-${strand.id}`,
    planId,
    order: strand.id,
    values: validateValues(localPriorities, { Strand: strandChoice(strand.id) }, 'create'),
  }));
  const headerRow = await createRowItem(ctx, planHeader, header);
  if (headerRow.values['Census'] !== header.values['Census']) {
    throw new StorageError(409, 'planExists', `There is already a plan for this council, for ${String(headerRow.values['Census'])}.`);
  }
  await Promise.all(priorities.map((row) => createRowItem(ctx, localPriorities, row)));
  return headerRow;
}
