import { SIGN_OFF_FIELDS, planIdFor, sectionById, type FieldValue, type PlanSummary } from '../../plan';
import type { PlanStore } from '../../storage/port';
import { DocumentError } from '../errors';
import { buildPreview } from './build-preview';
import type { SourceDocument } from '../read/source';
import { say, schema } from './import-messages';
import type { ImportPreview } from './types';

/** What the template calls the council ("Name of LA"). */
function councilHeading(): string {
  const council = sectionById('plan').fields.find((f) => f.name === 'CouncilName');
  return council?.heading ?? council?.label ?? '';
}

/** The plan a document would create: its council and census, or why it cannot make one. */
export function newPlanNames(preview: ImportPreview): { council: string; census: string } {
  const { council, census } = preview.names;
  if (!council) {
    throw new DocumentError('not-lapp', say('import.error.noCouncil', { file: preview.fileName, label: schema(councilHeading()) }));
  }
  if (!census) {
    throw new DocumentError('not-lapp', say('import.error.noCensus', { file: preview.fileName }));
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
    throw new DocumentError('not-lapp', say('import.error.planExists', { council, file: fileName }));
  }
  // A plan starts unsigned (the service refuses anything else): the document's paper signatures
  // stay in the preview as details, which the commit records as the CEM's record of them.
  const values: Record<string, FieldValue> = Object.fromEntries(
    first.details
      .filter((d) => d.field !== 'CouncilName' && d.field !== 'Census' && !SIGN_OFF_FIELDS.includes(d.field))
      .map((d) => [d.field, d.value]),
  );
  await store.createPlan({ council, census, values });
  const plan = await store.loadPlan(planId);
  const summary: PlanSummary = { id: planId, council, census, modified: plan.header.modified, header: plan.header.values };
  return { summary, preview: buildPreview(doc, { planId, fileName, plan }) };
}
