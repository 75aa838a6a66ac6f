import { FULL_RUN, type ChaosSettings } from './scenario';

const FLAGS: Record<string, keyof ChaosSettings> = {
  '--writes': 'writes',
  '--fault-rate': 'faultRate',
  '--drop-rate': 'dropRate',
  '--latency': 'latencyMs',
  '--restarts': 'restarts',
  '--down': 'downMs',
  '--concurrency': 'concurrency',
  '--pace': 'paceMs',
  '--poll-every': 'pollEvery',
  '--seed': 'seed',
};

const RATES: readonly (keyof ChaosSettings)[] = ['faultRate', 'dropRate'];
const AT_LEAST_ONE: readonly (keyof ChaosSettings)[] = ['writes', 'concurrency', 'pollEvery'];
const WHOLE: readonly (keyof ChaosSettings)[] = ['restarts', 'seed', ...AT_LEAST_ONE];

export const USAGE = `Usage: npx tsx scripts/chaos.ts [--json] ${Object.keys(FLAGS)
  .map((f) => `[${f} <n>]`)
  .join(' ')}
Defaults: ${Object.entries(FLAGS)
  .map(([flag, key]) => `${flag} ${FULL_RUN[key]}`)
  .join(', ')}`;

/** Settings and output mode from the command line; a bad flag throws with what was expected. */
export function parseFlags(argv: readonly string[]): { settings: ChaosSettings; json: boolean } {
  const settings: Record<keyof ChaosSettings, number> = { ...FULL_RUN };
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    const key = FLAGS[flag];
    if (!key) throw new RangeError(`Unknown flag "${flag}".\n${USAGE}`);
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${flag} needs a number of 0 or more.`);
    if (RATES.includes(key) && value > 1) throw new RangeError(`${flag} is a fraction between 0 and 1, like 0.2.`);
    if (WHOLE.includes(key) && !Number.isInteger(value)) throw new RangeError(`${flag} needs a whole number.`);
    if (AT_LEAST_ONE.includes(key) && value < 1) throw new RangeError(`${flag} needs a number of at least 1.`);
    settings[key] = value;
  }
  return { settings, json };
}
