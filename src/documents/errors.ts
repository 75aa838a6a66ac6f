import type { ImportMessage } from './import/import-messages';

/** Why a file could not be imported: each code has one message the person importing can act on. */
export type DocumentProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-docx'
  | 'too-big-unpacked'
  | 'not-lapp'
  | 'unsupported';

/**
 * A file that cannot be imported at all. Nothing has been written when this is thrown. What to
 * tell the person is `said`, a message id with values that the reader's catalogue words (the
 * importer knows no language); `message` is that id, for logs.
 */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    readonly said: ImportMessage,
  ) {
    super(said.id);
    this.name = 'DocumentError';
  }
}

/** Whether an error is the importer refusing a file (the tab loads the importer only when a file is chosen). */
export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof Error && error.name === 'DocumentError' && 'said' in error && 'problem' in error;
}
