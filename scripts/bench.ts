/**
 * `npm run bench`: how fast LAPP is in a call, against the local stand-in with network latency.
 * Prints one table (and with --json, the same figures as one JSON object on the last line).
 * Progress goes to stderr, so stdout holds only the results.
 */
import { DEFAULT_OPTIONS, runBench, type BenchOptions } from './bench/run-bench';
import { formatTable, jsonSummary, missedTargets } from './bench/report';

const USAGE = `Usage: npm run bench -- [--json] [--latency <ms>] [--tries <n>] [--runs <n>] [--dist <dir> | --no-bundle] [--no-ru]
  --json          print the figures as one JSON object on the last line
  --latency <ms>  delay the stand-in adds to every request (default ${DEFAULT_OPTIONS.latencyMs})
  --tries <n>     live-update tries (default ${DEFAULT_OPTIONS.syncTries}, at least 50 for the target)
  --runs <n>      times each plan is opened by each loader (default ${DEFAULT_OPTIONS.openRuns})
  --dist <dir>    measure an existing build (e.g. dist) instead of building one
  --no-bundle     leave the bundle out
  --no-ru         leave out SharePoint resource units through the plan service`;

function positiveNumber(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (text === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number, not "${text ?? ''}".\n${USAGE}`);
  return n;
}

function parseArgs(args: readonly string[]): { options: BenchOptions; json: boolean } {
  let options = DEFAULT_OPTIONS;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--json') json = true;
    else if (arg === '--latency') options = { ...options, latencyMs: positiveNumber(arg, value()) };
    else if (arg === '--tries') options = { ...options, syncTries: Math.max(1, Math.round(positiveNumber(arg, value()))) };
    else if (arg === '--runs') options = { ...options, openRuns: Math.max(1, Math.round(positiveNumber(arg, value()))) };
    else if (arg === '--dist') options = { ...options, bundle: { dir: value() ?? 'dist' } };
    else if (arg === '--no-bundle') options = { ...options, bundle: 'skip' };
    else if (arg === '--no-ru') options = { ...options, resourceUnits: false };
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`Unknown option "${arg}".\n${USAGE}`);
  }
  return { options, json };
}

async function main(): Promise<void> {
  const { options, json } = parseArgs(process.argv.slice(2));
  const results = await runBench(options, (line) => process.stderr.write(`${line}\n`));
  const { machine } = results;
  const lines = [
    `LAPP for Teams — benchmark (${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, load ${machine.loadBefore} → ${machine.loadAfter}; ${results.latencyMs} ms per request; ${Math.round(results.seconds)} s)`,
    '',
    formatTable(results),
    '',
    ...(missedTargets(results).length > 0 ? ['Targets missed:', ...missedTargets(results).map((note) => `- ${note}`)] : ['Every target met.']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (json) process.stdout.write(`${JSON.stringify(jsonSummary(results))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
