import type { AgendaText } from './text';

/** Typed errors of the agenda engine. */

/**
 * Input the engine cannot work with: a malformed date, an unknown item, a bad edit. What is wrong
 * is a message id with its values (`text`), worded by the UI or the CLI in the reader's language
 * (i18n/agenda-text.ts); `message` holds only the ids, for logs.
 */
export class AgendaInputError extends Error {
  readonly text: AgendaText;
  constructor(text: AgendaText) {
    super(text.map((part) => ('id' in part ? part.id : part.text)).join(' '));
    this.name = 'AgendaInputError';
    this.text = text;
  }
}

/** A saved agenda (Meetings.AgendaSnapshot) that cannot be read back. */
export class SavedAgendaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SavedAgendaError';
  }
}
