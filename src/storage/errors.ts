import { ValidationError, type FieldError } from '../plan';

/**
 * Typed storage failures. An error's `message` is for logs and the host: English, never shown as
 * the sentence a person reads. What a person reads comes from the catalogues, by `problemOf`.
 */

/** The row changed since it was read: someone else saved first (HTTP 412). */
export class ConflictError extends Error {
  constructor(
    readonly section: string,
    /** The row's client key. */
    readonly key: string,
    /** The row as it is now in storage, when it could be read back. */
    readonly current?: unknown,
  ) {
    super('Someone else changed this row after you opened it.');
    this.name = 'ConflictError';
  }
}

/** Storage refused the change for this user (HTTP 403): show read-only, never retry. */
export class ForbiddenError extends Error {
  /** Storage's own words for the refusal, when it gave any. */
  readonly said: string | undefined;

  constructor(message?: string) {
    super(message ?? 'You can read this plan but not change this part of it.');
    this.name = 'ForbiddenError';
    this.said = message;
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Still throttled or unavailable after every retry (HTTP 429/503). */
export class ThrottledError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('SharePoint is busy. Your change is kept and will be tried again.');
    this.name = 'ThrottledError';
  }
}

/** The network failed before storage answered. */
export class OfflineError extends Error {
  constructor(cause?: unknown) {
    super('The connection to SharePoint was lost. Your change is kept and will be tried again.', { cause });
    this.name = 'OfflineError';
  }
}

/** Any other answer from storage, with its code and message. */
export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** A step the app itself does not take, seen before storage is asked; the catalogue words it by its code. */
export type NotTakenReason = 'meetingNotAgreed';

/**
 * The app would not take a step (a record for a meeting not yet in the plan): storage was not
 * asked, so there are no words of storage's to show, only the reason the catalogue words.
 */
export class StepNotTakenError extends Error {
  constructor(
    readonly reason: NotTakenReason,
    message: string,
  ) {
    super(message);
    this.name = 'StepNotTakenError';
  }
}

/** Errors that mean "try again later", as opposed to "this change will never be accepted". */
export function isTransient(error: unknown): boolean {
  return error instanceof ThrottledError || error instanceof OfflineError;
}

/** What went wrong, as data each reader's catalogue words: never a sentence of its own. */
export interface Problem {
  readonly kind: 'offline' | 'busy' | 'conflict' | 'forbidden' | 'notFound' | 'invalid' | 'refused' | 'failed';
  /** The storage's or plan service's code for a refusal (`refused`), or why the app did not take a step. */
  readonly code?: string;
  /**
   * Storage's own words, in English whatever the reader's language: shown only under a
   * catalogued sentence, marked as English.
   */
  readonly said?: string;
  readonly fieldErrors?: readonly FieldError[];
}

/** The problem an error stands for; anything unexpected is `failed`, with its words kept as `said`. */
export function problemOf(error: unknown): Problem {
  if (error instanceof OfflineError) return { kind: 'offline' };
  if (error instanceof ThrottledError) return { kind: 'busy' };
  if (error instanceof ConflictError) return { kind: 'conflict' };
  if (error instanceof ForbiddenError) return error.said === undefined ? { kind: 'forbidden' } : { kind: 'forbidden', said: error.said };
  if (error instanceof NotFoundError) return { kind: 'notFound', said: error.message };
  if (error instanceof ValidationError) return { kind: 'invalid', fieldErrors: error.errors };
  if (error instanceof StepNotTakenError) return { kind: 'failed', code: error.reason };
  // A 5xx is storage failing, not refusing: the same change may well be taken later.
  if (error instanceof StorageError) return { kind: error.status >= 500 ? 'failed' : 'refused', code: error.code, said: error.message };
  return { kind: 'failed', said: error instanceof Error ? error.message : String(error) };
}
