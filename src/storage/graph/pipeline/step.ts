import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** One behaviour of the pipeline: does its part, then hands the request on. */
export abstract class Step implements Middleware {
  private next: Middleware | undefined;

  setNext(next: Middleware): void {
    this.next = next;
  }

  abstract execute(context: Context): Promise<void>;

  /** Passes the request to the rest of the chain. */
  protected forward(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is the last step of the pipeline; it has nothing to hand on to.`);
    return this.next.execute(context);
  }
}
