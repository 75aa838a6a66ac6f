import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The real LAPP texts live beside the clone in ../shared/seeds, never inside it: a clone on its
 * own has none. Suites that read one run only where it is present, and say what they need
 * otherwise; fictional fixtures of our own cover the same behaviour everywhere.
 */
export const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');

export function seedPath(fileName: string): string {
  return path.join(SEEDS_DIR, fileName);
}

export function hasSeed(fileName: string): boolean {
  return existsSync(seedPath(fileName));
}

function needs(fileName: string): string {
  return `skipped: needs the seed LAPP text ${seedPath(fileName)} (the ../shared/seeds folder beside the clone)`;
}

/** `describe` that runs only when the seed file is there, and otherwise is skipped under a name saying what it needs. */
export function describeWithSeed(name: string, fileName: string, body: () => void): void {
  if (hasSeed(fileName)) describe(name, body);
  else describe.skip(`${name} (${needs(fileName)})`, body);
}

/** `it` likewise, for a suite where only some tests read the seed. */
export function itWithSeed(name: string, fileName: string, body: () => Promise<unknown>, timeoutMs?: number): void {
  if (hasSeed(fileName)) it(name, body, timeoutMs);
  else it.skip(`${name} (${needs(fileName)})`, body, timeoutMs);
}
