import type { Plan } from '../../plan';
import { readDocument } from '../read/read-document';
import { buildPreview } from './build-preview';
import type { ImportPreview } from './types';

export { commitImport, type CommitOptions, type CommitProgress, type CommitResult } from './commit';
export type { ImportPreview, PreviewRow, SectionPreview, TableRead, Unplaced } from './types';

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
  const doc = await readDocument(input.bytes, input.fileName);
  return buildPreview(doc, { planId: input.planId, fileName: input.fileName, ...(input.plan && { plan: input.plan }) });
}
