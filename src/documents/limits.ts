/**
 * Size limits for imported files. A real LAPP is tens of kilobytes of text or a Word file of a
 * few hundred; the limits leave room for pasted images while keeping a hostile file from
 * exhausting the tab's memory.
 */
export const LIMITS = {
  /** The largest file accepted, as uploaded. */
  maxFileBytes: 10 * 1024 * 1024,
  /** The most a .docx may unpack to, all parts together, as its zip directory declares. */
  maxUnpackedBytes: 60 * 1024 * 1024,
  /** The most word/document.xml may inflate to, checked while inflating (declared sizes can lie). */
  maxDocumentXmlBytes: 40 * 1024 * 1024,
  /** More parts than this is not a Word document anyone wrote by hand. */
  maxZipEntries: 2_000,
} as const;
