import type { ChangeFailure } from './queued-change';

/** A queued change the outbox gave up on without storage refusing it itself (see `failure`). */
export class ChangeNotSavedError extends Error {
  constructor(
    readonly changeId: string,
    readonly failure: ChangeFailure,
  ) {
    // For logs: the person reads the failure in their own language (see ChangeFailure).
    super(`The change was not saved (${failure.kind}).`);
    this.name = 'ChangeNotSavedError';
  }
}
