/** Why a file could not be imported: each code has one message the person importing can act on. */
export type DocumentProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-docx'
  | 'too-big-unpacked'
  | 'not-lapp'
  | 'unsupported';

/** A file that cannot be imported at all. Nothing has been written when this is thrown. */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
