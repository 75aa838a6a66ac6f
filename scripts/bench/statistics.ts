/** The value below which `p` (0–1) of the sorted samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('No samples to take a percentile of.');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Milliseconds to one decimal, for the table and the JSON. */
export const ms = (value: number): number => Math.round(value * 10) / 10;

export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));
