/**
 * `npx tsx scripts/chaos.ts [--writes 1000] [--json] …` — a thousand in-call writes from two
 * people through the outbox against the stand-in while it throttles, drops and delays; prints
 * writes, lost, duplicated and conflicts surfaced, and fails when anything was lost or doubled.
 */
import { USAGE, parseFlags } from './chaos/flags';
import { passed, reportJson, reportTable, twoPersonPassed, twoPersonTable } from './chaos/report';
import { runChaos } from './chaos/scenario';
import { runTwoPerson } from './chaos/two-person';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const { settings, json } = parseFlags(argv);
  const report = await runChaos(settings, (line) => console.error(line));
  console.log(reportTable(report));
  const twoPerson = await runTwoPerson(settings);
  console.log(twoPersonTable(twoPerson));
  if (json) console.log(reportJson(report, twoPerson));
  return passed(report) && twoPersonPassed(twoPerson) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
