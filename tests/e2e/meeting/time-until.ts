/**
 * Resolves when `check` passes, asking every 25 ms, with the real milliseconds it took from
 * `since` (a Date.now() taken just before the action): the product's "within 2 s" is measured
 * as a user would feel it, not in a fake clock.
 */
export async function timeUntil(since: number, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  for (;;) {
    if (await check()) return Date.now() - since;
    if (Date.now() - since > timeoutMs) throw new Error(`Still not there ${timeoutMs} ms later`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
