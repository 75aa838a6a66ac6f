/**
 * Typed errors of the agenda engine. Each message is written for the person preparing or
 * running the meeting, so the UI and the CLI can show it as it is.
 */

/** Input the engine cannot work with: a malformed date, an unknown item, a bad edit. */
export class AgendaInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgendaInputError';
  }
}

/** A saved agenda (Meetings.AgendaSnapshot) that cannot be read back. */
export class SavedAgendaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SavedAgendaError';
  }
}
