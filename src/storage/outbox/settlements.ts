import type { AnyRow } from '../../plan';

interface Settler {
  resolve(row: AnyRow | undefined): void;
  reject(error: unknown): void;
}

/**
 * The promises callers hold for queued changes, by change id. They live only as long as the
 * page: after a reload the queue's states (not promises) tell the UI what happened.
 */
export class Settlements {
  private readonly waiting = new Map<string, Settler[]>();

  /** A promise settled when the change is saved, fails or meets a conflict. */
  promise(changeId: string): Promise<AnyRow | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.set(changeId, [...(this.waiting.get(changeId) ?? []), { resolve, reject }]);
    });
  }

  saved(changeId: string, row: AnyRow | undefined): void {
    this.take(changeId).forEach((s) => s.resolve(row));
  }

  failed(changeId: string, error: unknown): void {
    this.take(changeId).forEach((s) => s.reject(error));
  }

  private take(changeId: string): Settler[] {
    const settlers = this.waiting.get(changeId) ?? [];
    this.waiting.delete(changeId);
    return settlers;
  }
}
