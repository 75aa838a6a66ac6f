/**
 * A document as a list of blocks: what the LAPP, the progress note and the handover pack say,
 * kept apart from how Word lays it out, so tests can read the content and one renderer draws all three.
 */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly label?: string }
  | { readonly kind: 'numbered'; readonly number: string; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly headers: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Cells of the first column repeated on the rows below are shown once, merged down (the grid's groups). */
      readonly mergeFirstColumn?: boolean;
    }
  /** The rest starts on a new page (after a front page). */
  | { readonly kind: 'pageBreak' }
  /** The text from here on is in this language (BCP 47), so Word, screen readers and spelling follow it. */
  | { readonly kind: 'language'; readonly lang: string };

export interface Outline {
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The language the document starts in (en-GB unless said). */
  readonly lang?: string;
}
