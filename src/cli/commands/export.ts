import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../documents/export/formats';
import type { DocumentLanguage } from '../../documents/export/languages';
import type { Translate } from '../../i18n/catalogue';
import { isIsoDate } from '../../plan';
import { openPlan } from '../choose-plan';
import { commandWith, optionsRefused } from '../command';
import type { Command } from '../main';
import { withStore, placeText } from '../store-from-env';


interface ExportCliOptions {
  readonly plan: string;
  readonly format: ExportFormat;
  readonly out: string;
  readonly since?: string;
  readonly to?: string;
  readonly bilingual: boolean;
}

function readOptions(args: readonly string[], t: Translate): ExportCliOptions | 'help' | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        plan: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        since: { type: 'string' },
        to: { type: 'string' },
        bilingual: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help) return 'help';
    if (!values.plan?.trim()) return { error: t('cli.agenda.noPlan') };
    if (!values.format || !isExportFormat(values.format)) return { error: t('cli.export.badFormat', { formats: EXPORT_FORMATS.join(', ') }) };
    if (!values.out?.trim()) return { error: t('cli.export.noOut') };
    if (values.since !== undefined && !isIsoDate(values.since)) return { error: t('cli.export.badSince', { date: values.since }) };
    return {
      plan: values.plan,
      format: values.format,
      out: values.out,
      ...(values.since && { since: values.since }),
      ...(values.to && { to: values.to }),
      bilingual: values.bilingual ?? false,
    };
  } catch (error) {
    return optionsRefused(t, error);
  }
}

/** `lapp export --plan <plan> --format lapp|progress-note|handover --out FILE [--since YYYY-MM-DD] [--bilingual]`. */
export const run: Command = commandWith('export', (t) => t('cli.export.usage'), readOptions, async (options, io) => {
  // The document is in the language of the command's output (--lang, LAPP_LANG), or in both.
  const language: DocumentLanguage = options.bilingual ? 'bilingual' : io.t.locale === 'cy-GB' ? 'cy-GB' : 'en-GB';
  const { exportPlan } = await import('../../documents/export');
  const { exported, council } = await withStore(io.env, async ({ store, where }) => {
    const { summary, plan } = await openPlan(store, options.plan);
    const document = await exportPlan(plan, options.format, {
      ...(options.since && { since: options.since }),
      ...(options.to && { committee: options.to }),
      location: { site: placeText(io.t, where) },
      language,
    });
    return { exported: document, council: summary.council };
  });
  await writeFile(options.out, exported.bytes);
  io.out(io.t('cli.export.wrote', { file: options.out, kb: Math.ceil(exported.bytes.length / 1024), format: options.format, council }));
  return 0;
});
