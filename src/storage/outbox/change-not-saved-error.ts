import type { ChangeFailure } from './queued-change';

/** A queued change the outbox gave up on without storage refusing it itself (see `failure`). */
export class ChangeNotSavedError extends Error {
  constructor(
    readonly changeId: string,
    readonly failure: ChangeFailure,
  ) {
    super(failure.message);
    this.name = 'ChangeNotSavedError';
  }
}
