import { parseArgs } from 'node:util';
import type { Translate } from '../../i18n/catalogue';
import { formatDay } from '../../i18n/locale-format';
import { isIsoDate, type PlanSummary } from '../../plan';
import { optionsRefused } from '../command';
import type { Command } from '../main';
import { withStore } from '../store-from-env';

function modifiedDay(modified: string, t: Translate): string {
  const day = modified.slice(0, 10);
  return isIsoDate(day) ? formatDay(day, t.locale) : modified;
}

/** One plan a line: id, council, census and when it last changed, in columns. */
function plansTable(plans: readonly PlanSummary[], t: Translate): string {
  if (plans.length === 0) return t('cli.plans.none');
  const headings = [t('cli.plans.plan'), t('cli.plans.council'), t('cli.plans.census'), t('cli.plans.changed')];
  const rows = [headings, ...plans.map((p) => [p.id, p.council, p.census, modifiedDay(p.modified, t)])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd()).join('\n');
}

/** `lapp plans [--json]`. */
export const run: Command = async (args, io) => {
  let json: boolean;
  try {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
    if (values.help) {
      io.out(io.t('cli.plans.usage'));
      return 0;
    }
    json = values.json ?? false;
  } catch (error) {
    io.err(`lapp plans: ${optionsRefused(io.t, error).error}\n\n${io.t('cli.plans.usage')}`);
    return 2;
  }
  const plans = await withStore(io.env, ({ store }) => store.listPlans());
  const sorted = [...plans].sort((a, b) => a.council.localeCompare(b.council, io.t.locale) || a.id.localeCompare(b.id));
  io.out(json ? JSON.stringify(sorted, null, 2) : plansTable(sorted, io.t));
  return 0;
};
