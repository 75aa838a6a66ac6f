import type { Context } from '@microsoft/microsoft-graph-client';
import { Step } from './step';

/**
 * At most `limit` requests on the wire at once. A meeting fires many small reads and writes
 * together; queueing them here keeps the app under SharePoint's per-user throttling instead of
 * tripping it. Sits after retry, so a request waiting out a Retry-After holds no slot.
 */
export class ConcurrencyCap extends Step {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    super();
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`maxConcurrency must be a whole number of at least 1, not ${limit}.`);
  }

  async execute(context: Context): Promise<void> {
    await this.acquire();
    try {
      await this.forward(context);
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // Hand the slot straight to the next in line; the count only drops when nobody waits.
    if (next) next();
    else this.active--;
  }
}
