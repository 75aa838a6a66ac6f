import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../documents/export/formats';
import { isIsoDate } from '../../plan';
import { openPlan } from '../choose-plan';
import { commandWith } from '../command';
import type { Command } from '../main';
import { withStore } from '../store-from-env';


const USAGE = `Usage: lapp export --plan <plan> --format lapp|progress-note|handover --out FILE [--since YYYY-MM-DD] [--to COMMITTEE]

Writes a plan as a Word document (.docx):
  lapp            the LAPP laid out like the template, with its sign-off
  progress-note   a progress note for a council committee: what has happened since a date
  handover        a handover pack for a new CEM, ACLM or CLM

Options:
  --plan <plan>     the plan id or the council's name (any unambiguous start of it, any case)
  --format <kind>   lapp, progress-note or handover
  --out <file>      where to write the document
  --since <date>    progress note: count what has happened from this day (default: four weeks ago)
  --to <committee>  progress note: the committee it is for (default: Scrutiny Committee)
  --help            show this help`;

interface ExportCliOptions {
  readonly plan: string;
  readonly format: ExportFormat;
  readonly out: string;
  readonly since?: string;
  readonly to?: string;
}

function readOptions(args: readonly string[]): ExportCliOptions | 'help' | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        plan: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        since: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help) return 'help';
    if (!values.plan?.trim()) return { error: 'Say which plan with --plan <plan id or council name>.' };
    if (!values.format || !isExportFormat(values.format)) return { error: `--format must be one of ${EXPORT_FORMATS.join(', ')}.` };
    if (!values.out?.trim()) return { error: 'Say where to write the document with --out FILE.' };
    if (values.since !== undefined && !isIsoDate(values.since)) return { error: `--since must be a real date in the form YYYY-MM-DD, not "${values.since}".` };
    return { plan: values.plan, format: values.format, out: values.out, ...(values.since && { since: values.since }), ...(values.to && { to: values.to }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** `lapp export --plan <plan> --format lapp|progress-note|handover --out FILE [--since YYYY-MM-DD]`. */
export const run: Command = commandWith('export', USAGE, readOptions, async (options, io) => {
  const { exportPlan } = await import('../../documents/export');
  const { exported, council } = await withStore(io.env, async ({ store, where }) => {
    const { summary, plan } = await openPlan(store, options.plan);
    const document = await exportPlan(plan, options.format, {
      ...(options.since && { since: options.since }),
      ...(options.to && { committee: options.to }),
      location: { site: where },
    });
    return { exported: document, council: summary.council };
  });
  await writeFile(options.out, exported.bytes);
  io.out(`Wrote ${options.out} (${Math.ceil(exported.bytes.length / 1024)} KB): ${options.format} for ${council}.`);
  return 0;
});
