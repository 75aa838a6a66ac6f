/**
 * A document reduced to what the import needs: paragraphs and table rows, in reading order.
 * Text files and Word files both become this, so one importer serves both.
 */
export interface SourceLine {
  /** 1-based: the line of a text file, or the paragraph/row count in a Word file. */
  readonly n: number;
  /** Where to find it, for people: "line 57" or "table 3, row 2". */
  readonly where: string;
  /** The cells of a table row; null for a paragraph. */
  readonly cells: readonly string[] | null;
  /** The paragraph, or the row's cells joined by tabs. */
  readonly text: string;
  /** In a Word file, the row's place in its table (1 for the first row); a text layout cannot say. */
  readonly tableRow?: number;
}

export type SourceFormat = 'text' | 'docx';

export interface SourceDocument {
  readonly format: SourceFormat;
  readonly lines: readonly SourceLine[];
}
