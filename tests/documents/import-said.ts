import type { ImportMessage } from '../../src/documents/import/import-messages';
import type { Where } from '../../src/documents/read/source';
import { translateFor } from '../../src/i18n/catalogues';
import { importText, whereText } from '../../src/i18n/import-text';

const en = translateFor('en-GB');

/** What the importer says, as an English reader's preview shows it. */
export function inEnglish(message: ImportMessage | undefined): string {
  return message ? importText(en, message) : '';
}

/** A place in the document, as an English reader's preview shows it. */
export function whereInEnglish(where: Where): string {
  return whereText(en, where);
}
