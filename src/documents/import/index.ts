import type { Plan, PlanSummary } from '../../plan';
import type { PlanStore } from '../../storage/port';
import { readDocument } from '../read/read-document';
import { buildPreview } from './build-preview';
import { createPlanFromDocument } from './new-plan';
import type { ImportPreview } from './types';
import { readAsEnglish } from './welsh-document';

export { newPlanNames } from './new-plan';
export { commitImport, type CommitOptions, type CommitProgress, type CommitResult } from './commit';
export type { DetailChange, ImportPreview, PreviewRow, SectionPreview, TableRead, Unplaced } from './types';

export interface PreviewInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly planId: string;
  /** The plan as it is now, to mark rows an earlier import already made. */
  readonly plan?: Plan;
}

/**
 * What importing a LAPP file into a plan would do, without writing anything. Throws
 * DocumentError for a file that cannot be imported at all.
 */
export async function previewImport(input: PreviewInput): Promise<ImportPreview> {
  const doc = readAsEnglish(await readDocument(input.bytes, input.fileName));
  return buildPreview(doc, { planId: input.planId, fileName: input.fileName, ...(input.plan && { plan: input.plan }) });
}

/**
 * A new plan from a LAPP document: creates the plan for the council and census the document
 * names (refusing if that council has a plan already), then previews the import into it.
 */
export async function previewNewPlanImport(input: { bytes: Uint8Array; fileName: string; store: PlanStore }): Promise<{ summary: PlanSummary; preview: ImportPreview }> {
  const doc = readAsEnglish(await readDocument(input.bytes, input.fileName));
  return createPlanFromDocument(input.store, doc, input.fileName, await input.store.listPlans());
}
