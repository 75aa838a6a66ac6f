/**
 * Holds a fake store's writes until the test lets them go, so the test can see the state a
 * person sees while a save is on its way ("Saving…", an optimistic value).
 */
export class WriteGate {
  private gate: Promise<void> | undefined;

  /** Every write from now on waits until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  /** Resolves at once, or when the current hold is released. */
  async pass(): Promise<void> {
    await this.gate;
  }
}
