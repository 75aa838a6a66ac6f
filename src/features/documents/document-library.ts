import type { PlanStore } from '../../storage/port';

/** A store that can also keep files in the plan site's document library (the Graph store can). */
export interface DocumentLibrary {
  uploadDocument(path: string, bytes: Uint8Array, contentType: string): Promise<{ readonly webUrl: string }>;
}

/** The store's document library, when it has one; stores that keep only lists have none. */
export function documentLibraryOf(store: PlanStore): DocumentLibrary | undefined {
  const candidate = store as PlanStore & Partial<DocumentLibrary>;
  return typeof candidate.uploadDocument === 'function' ? (candidate as PlanStore & DocumentLibrary) : undefined;
}
