import { parseArgs } from 'node:util';
import { formatDate, isIsoDate, type PlanSummary } from '../../plan';
import type { Command } from '../main';
import { withStore } from '../store-from-env';

const USAGE = `Usage: lapp plans [--json]

Lists the plans in the configured store: the local stand-in in LAPP_DATA_DIR (default .data/),
or the Graph endpoint in LAPP_GRAPH_BASE_URL (with LAPP_SITE_ID).

Options:
  --json   print the plans as a JSON array
  --help   show this help`;

function modifiedDay(modified: string): string {
  const day = modified.slice(0, 10);
  return isIsoDate(day) ? formatDate(day) : modified;
}

/** One plan a line: id, council, census and when it last changed, in columns. */
function plansTable(plans: readonly PlanSummary[]): string {
  if (plans.length === 0) return 'There are no plans yet.';
  const rows = [['Plan', 'Council', 'Census', 'Last changed'], ...plans.map((p) => [p.id, p.council, p.census, modifiedDay(p.modified)])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd()).join('\n');
}

/** `lapp plans [--json]`. */
export const run: Command = async (args, io) => {
  let json: boolean;
  try {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    json = values.json ?? false;
  } catch (error) {
    io.err(`lapp plans: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const plans = await withStore(io.env, ({ store }) => store.listPlans());
  const sorted = [...plans].sort((a, b) => a.council.localeCompare(b.council, 'en-GB') || a.id.localeCompare(b.id));
  io.out(json ? JSON.stringify(sorted, null, 2) : plansTable(sorted));
  return 0;
};
