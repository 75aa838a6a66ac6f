import type { QueuedChange } from './queued-change';

/** Who wants to hear each time a change moves (the UI's waiting/saved/failed badges). */
export class ChangeFeed {
  private readonly listeners = new Set<(change: QueuedChange) => void>();

  subscribe(listener: (change: QueuedChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: QueuedChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // A broken listener must not stop the queue; report it outside the send that called it.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
