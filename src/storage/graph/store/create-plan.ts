import { STRANDS, ValidationError, planIdFor, sectionById, strandChoice, strandRowKey, validateValues, type AnyRow } from '../../../plan';
import { StorageError } from '../../errors';
import type { CreatePlanInput, Identity } from '../../port';
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

/** "Name <email>", as a person field holds someone. */
function personOf(identity: Identity): string {
  return `${identity.displayName} <${identity.email}>`;
}

/**
 * A new plan: its header row (ClientKey = the plan id from the council's name) and the
 * template's eight local-priority rows, one per strand with no priority yet. Whoever starts a
 * plan is its CEM unless the values name one: a plan naming nobody could be changed by nobody.
 * Every key is derived from the plan id, so running it again — after a failure halfway, say —
 * creates only what is missing and returns the same header.
 */
export async function createPlanRows(ctx: StoreContext, input: CreatePlanInput, whoAmI: () => Promise<Identity>): Promise<AnyRow> {
  const planId = planIdOf(input.council);
  const cem = input.values?.['Cem'] || personOf(await whoAmI());
  // Everything is validated before anything is written.
  const header: NewRow = {
    key: planId,
    planId,
    order: 0,
    values: validateValues(planHeader, { ...input.values, Cem: cem, CouncilName: input.council, Census: input.census }, 'create'),
  };
  const priorities: NewRow[] = STRANDS.map((strand) => ({
    key: strandRowKey(planId, strand.id),
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
