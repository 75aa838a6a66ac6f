/**
 * A document reduced to what the import needs: paragraphs and table rows, in reading order.
 * Text files and Word files both become this, so one importer serves both.
 */
export interface SourceLine {
  /** 1-based: the line of a text file, or the paragraph/row count in a Word file. */
  readonly n: number;
  /** Where to find it: each reader's catalogue says it ("line 57", "tabl 3, rhes 2"). */
  readonly where: Where;
  /** The cells of a table row; null for a paragraph. */
  readonly cells: readonly string[] | null;
  /** The paragraph, or the row's cells joined by tabs. */
  readonly text: string;
  /** In a Word file, the row's place in its table (1 for the first row); a text layout cannot say. */
  readonly tableRow?: number;
}

/**
 * A place in a document, kept as numbers so tests and screens can use it and each reader sees it
 * in their own language: a text file's line (or lines, for a row wrapped over several), a Word
 * file's paragraph or table row; `column` narrows it to one cell.
 */
export type Where = (
  | { readonly kind: 'line'; readonly line: number; readonly toLine?: number }
  | { readonly kind: 'paragraph'; readonly paragraph: number }
  | { readonly kind: 'table'; readonly table: number; readonly row: number }
) & { readonly column?: number };

export type SourceFormat = 'text' | 'docx';

export interface SourceDocument {
  readonly format: SourceFormat;
  readonly lines: readonly SourceLine[];
}
