/** Typed storage failures, each carrying what the person using the app needs to see. */

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
  constructor(message = 'You can read this plan but not change this part of it.') {
    super(message);
    this.name = 'ForbiddenError';
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

/** Errors that mean "try again later", as opposed to "this change will never be accepted". */
export function isTransient(error: unknown): boolean {
  return error instanceof ThrottledError || error instanceof OfflineError;
}
