/** Time as the live parts see it: real in the service, simulated in the benchmark. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Work a timer started; a simulated clock waits for it before moving on. */
  track?(work: Promise<unknown>): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const timer = setTimeout(run, ms);
    // A pending watch must not keep a finished process (a CLI run, a test) alive.
    timer.unref?.();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A clock that moves only when told: the benchmark runs an hour's meeting in seconds with it, and
 * tests step the watcher. `advance` runs every timer that falls due, in time order, waiting for
 * the work each starts.
 */
export class ManualClock implements Clock {
  private time: number;
  private timers: { at: number; seq: number; run: () => void }[] = [];
  private seq = 0;
  /** Work started by timers, awaited by `advance`. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const timer = { at: this.time + Math.max(0, ms), seq: (this.seq += 1), run };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer !== handle);
  }

  /** Lets `advance` wait for work a timer started (a read that is still on the wire). */
  track(work: Promise<unknown>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await this.settle();
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.run();
    }
    this.time = end;
    await this.settle();
  }

  private async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    // Let promise chains that were started (and schedule the next timer) run to their end.
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  }
}
