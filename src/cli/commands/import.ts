import { open } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommitResult, ImportPreview, Unplaced } from '../../documents/import';
import { isDocumentError } from '../../documents/errors';
import { LIMITS } from '../../documents/limits';
import type { Translate } from '../../i18n/catalogue';
import { importedValueText, importText, whereText } from '../../i18n/import-text';
import { sectionById } from '../../plan';
import { openPlan } from '../choose-plan';
import { commandWith, optionsRefused } from '../command';
import type { Command, RunIo } from '../main';
import { withStore } from '../store-from-env';

interface ImportOptions {
  readonly file: string;
  /** The plan to import into; null makes a new plan from the document. */
  readonly plan: string | null;
  readonly dryRun: boolean;
  readonly json: boolean;
}

function readOptions(args: readonly string[], t: Translate): ImportOptions | 'help' | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        plan: { type: 'string' },
        'new-plan': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return 'help';
    if (positionals.length !== 1) return { error: t('cli.import.oneFile') };
    const newPlan = values['new-plan'] ?? false;
    if (newPlan && values.plan !== undefined) return { error: t('cli.import.planOrNew') };
    if (!newPlan && !values.plan?.trim()) return { error: t('cli.import.noPlan') };
    return { file: positionals[0] ?? '', plan: newPlan ? null : (values.plan ?? null), dryRun: values['dry-run'] ?? false, json: values.json ?? false };
  } catch (error) {
    return optionsRefused(t, error);
  }
}

/** The file's bytes, reading no more than one byte past the size limit (the import refuses it then). */
async function readLimited(file: string, t: Translate): Promise<Uint8Array> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? t('cli.import.noFile', { file }) : t('cli.import.unreadable', { file, reason: error.code ?? error.message }));
  });
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(Math.min(size, LIMITS.maxFileBytes + 1));
    await handle.read(bytes, 0, bytes.length, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}

function unplacedLine(u: Unplaced, t: Translate): string {
  const mark = u.kind === 'problem' ? '!' : '·';
  const text = u.text.replace(/\s+/g, ' ').trim();
  return `  ${mark} ${whereText(t, u.where)}: ${importText(t, u.reason)}${text ? ` [${text.length > 70 ? `${text.slice(0, 69)}…` : text}]` : ''}`;
}

/** The preview as people read it: per section the rows, then every line not placed and why. */
export function previewText(preview: ImportPreview, council: string, t: Translate): string {
  const format = t(preview.format === 'docx' ? 'cli.import.format.docx' : 'cli.import.format.text');
  const lines = [t('cli.import.heading', { file: preview.fileName, council, format })];
  if (preview.assumedYear) lines.push(t('cli.import.assumedYear', { year: String(preview.assumedYear.year), reason: importText(t, preview.assumedYear.reason) }));
  lines.push('');
  for (const u of preview.unplaced) lines.push(unplacedLine(u, t));
  for (const s of preview.sections) {
    const fresh = s.rows.filter((r) => !r.alreadyInPlan).length;
    const already = s.rows.length - fresh;
    lines.push(t.plural(already > 0 ? 'cli.import.sectionRowsAlready' : 'cli.import.sectionRows', fresh, { section: t.schema(s.title), already }));
    // A note shared by several rows (the cells of one grid line) is said once.
    const notes = new Map<string, string>();
    for (const r of s.rows) {
      for (const note of r.notes) {
        const said = importText(t, note);
        if (!notes.has(said)) notes.set(said, whereText(t, r.where));
      }
    }
    for (const [note, where] of notes) lines.push(`    ${where}: ${note}`);
    for (const u of s.unplaced) lines.push(unplacedLine(u, t));
  }
  const detailFields = sectionById('plan').fields;
  for (const d of preview.details) {
    const said = d.kept ? ` — ${importText(t, d.kept)}` : d.apply ? '' : ` ${t('cli.import.detailInPlan')}`;
    const value = importedValueText(t, detailFields.find((f) => f.name === d.field), d.value);
    lines.push(`  ${d.apply ? '+' : '·'} ${t.schema(d.label)}: ${value}${said}`);
  }
  for (const note of preview.detailNotes) lines.push(`  ! ${importText(t, note)}`);
  const { rows, newRows, problems } = preview.counts;
  lines.push('', `${t('cli.import.totals', { newRows, rows, already: rows - newRows })} ${t.plural('cli.import.problems', problems)}`);
  return lines.join('\n');
}

/** What `lapp import` says it wrote, and why anything was not saved. */
export function resultText(result: CommitResult, t: Translate): string {
  const lines = [t.plural(result.skipped > 0 ? 'cli.import.importedSkipped' : 'cli.import.imported', result.written, { skipped: result.skipped })];
  if (result.details > 0) lines.push(t('cli.import.filledDetails', { details: result.details }));
  for (const r of result.refused ?? []) lines.push(`  · ${importText(t, r)}`);
  for (const f of result.failed) {
    const where = f.where ? whereText(t, f.where) : t('import.where.planDetails');
    lines.push(`  ! ${t.schema(sectionById(f.section).title)}, ${where}: ${importText(t, f.reason)}`);
  }
  if (result.failed.length > 0) lines.push(t('cli.import.runAgain'));
  return lines.join('\n');
}

/** `lapp import FILE --plan <plan> [--dry-run] [--json]`. */
export const run: Command = commandWith('import', (t) => t('cli.import.usage'), readOptions, async (options, io) => {
  try {
    return await importFile(options, io);
  } catch (error) {
    // A file the importer refuses is said in the reader's language; anything else is main's to report.
    if (!isDocumentError(error)) throw error;
    io.err(`lapp import: ${importText(io.t, error.said)}`);
    return 1;
  }
});

async function importFile(options: ImportOptions, io: RunIo): Promise<number> {
  const { t } = io;
  const bytes = await readLimited(options.file, t);
  const { previewImport, previewNewPlanImport, newPlanNames, commitImport } = await import('../../documents/import');
  return withStore(io.env, async ({ store }) => {
    if (options.plan === null && options.dryRun) {
      // A dry run makes nothing, the plan included: say which plan the document would make.
      const preview = await previewImport({ bytes, fileName: path.basename(options.file), planId: 'new-plan' });
      const names = newPlanNames(preview);
      io.out(options.json ? JSON.stringify(preview, null, 2) : `${previewText(preview, names.council, t)}\n${t('cli.import.wouldMake', { council: names.council, census: names.census })}`);
      return 0;
    }
    const { summary, preview } =
      options.plan === null
        ? await previewNewPlanImport({ bytes, fileName: path.basename(options.file), store })
        : await openPlan(store, options.plan).then(async ({ summary, plan }) => ({
            summary,
            preview: await previewImport({ bytes, fileName: path.basename(options.file), planId: summary.id, plan }),
          }));
    if (options.plan === null && !options.json) io.out(t('cli.import.made', { council: summary.council, census: summary.census, id: summary.id }));
    if (!options.json) io.out(previewText(preview, summary.council, t));
    if (options.dryRun) {
      if (options.json) io.out(JSON.stringify(preview, null, 2));
      return 0;
    }
    let reported = -1;
    const result = await commitImport(store, preview, {
      onProgress: ({ done, total }) => {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== reported) io.err(t('cli.import.progress', { done, total }));
        reported = tenth;
      },
    });
    io.out(options.json ? JSON.stringify({ ...preview, result }, null, 2) : resultText(result, t));
    return result.failed.length > 0 ? 1 : 0;
  });
}
