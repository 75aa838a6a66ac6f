/** A file saved in the plan site's document library. */
export interface UploadedDocument {
  readonly id: string;
  readonly name: string;
  readonly webUrl: string;
}

/**
 * Where exports are filed: the plan site's document library. A port of its own beside
 * `PlanStore`, since only some stores (the Graph one) keep files as well as lists.
 */
export interface DocumentLibrary {
  /** Saves `bytes` at `path` in the library, replacing any file there. */
  uploadDocument(path: string, bytes: Uint8Array, contentType: string): Promise<UploadedDocument>;
}
