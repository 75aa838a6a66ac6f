import { planIdFor, type FieldValue, type PlanSummary } from '../../plan';
import type { PlanStore } from '../../storage/port';
import { DocumentError } from '../errors';
import { buildPreview } from './build-preview';
import type { SourceDocument } from '../read/source';
import type { ImportPreview } from './types';

/** The plan a document would create: its council and census, or why it cannot make one. */
export function newPlanNames(preview: ImportPreview): { council: string; census: string } {
  const { council, census } = preview.names;
  if (!council) {
    throw new DocumentError(
      'not-lapp',
      `"${preview.fileName}" does not name its council (the template’s “Name of LA”), so no plan can be made from it. Fill in “Name of LA” or import it into an existing plan.`,
    );
  }
  if (!census) {
    throw new DocumentError('not-lapp', `"${preview.fileName}" does not say which census it is for (for example “Census 2031”), so no plan can be made from it.`);
  }
  return { council, census };
}

/**
 * Creates the plan a document names (its council and census, and the people and dates it
 * gives), then previews the import into it. Refuses when the council already has a plan, so a
 * second run never makes a second plan: import into the existing one instead.
 */
export async function createPlanFromDocument(
  store: PlanStore,
  doc: SourceDocument,
  fileName: string,
  plans: readonly PlanSummary[],
): Promise<{ summary: PlanSummary; preview: ImportPreview }> {
  const first = buildPreview(doc, { planId: 'new-plan', fileName });
  const { council, census } = newPlanNames(first);
  const planId = planIdFor(council);
  if (plans.some((p) => p.id === planId)) {
    throw new DocumentError('not-lapp', `There is already a plan for ${council}. Import "${fileName}" into it instead of making a new one.`);
  }
  const values: Record<string, FieldValue> = Object.fromEntries(
    first.details.filter((d) => d.field !== 'CouncilName' && d.field !== 'Census').map((d) => [d.field, d.value]),
  );
  await store.createPlan({ council, census, values });
  const plan = await store.loadPlan(planId);
  const summary: PlanSummary = { id: planId, council, census, modified: plan.header.modified, header: plan.header.values };
  return { summary, preview: buildPreview(doc, { planId, fileName, plan }) };
}
