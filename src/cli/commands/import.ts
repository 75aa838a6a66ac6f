import { open } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommitResult, ImportPreview, Unplaced } from '../../documents/import';
import { LIMITS } from '../../documents/limits';
import { openPlan } from '../choose-plan';
import { commandWith } from '../command';
import type { Command } from '../main';
import { withStore } from '../store-from-env';

const USAGE = `Usage: lapp import FILE (--plan <plan> | --new-plan) [--dry-run] [--json]

Imports an existing LAPP into a plan: a Word document (.docx) or its text layout (.txt, tables
as tab-separated lines). First shows, per section, the rows it will create and every line it
could not place, with the reason; then writes the rows. Importing the same file again creates
no duplicates.

Options:
  --plan <plan>   the plan id or the council's name (any unambiguous start of it, any case)
  --new-plan      make a new plan for the council and census the document names, and import into it
  --dry-run       show what would be imported, write nothing
  --json          print the preview (and the result) as JSON
  --help          show this help`;

interface ImportOptions {
  readonly file: string;
  /** The plan to import into; null makes a new plan from the document. */
  readonly plan: string | null;
  readonly dryRun: boolean;
  readonly json: boolean;
}

function readOptions(args: readonly string[]): ImportOptions | 'help' | { error: string } {
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
    if (positionals.length !== 1) return { error: 'Give exactly one file to import.' };
    const newPlan = values['new-plan'] ?? false;
    if (newPlan && values.plan !== undefined) return { error: 'Give either --plan or --new-plan, not both.' };
    if (!newPlan && !values.plan?.trim()) return { error: 'Say which plan with --plan <plan id or council name>, or make one with --new-plan.' };
    return { file: positionals[0] ?? '', plan: newPlan ? null : (values.plan ?? null), dryRun: values['dry-run'] ?? false, json: values.json ?? false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The file's bytes, reading no more than one byte past the size limit (the import refuses it then). */
async function readLimited(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `There is no file "${file}".` : `"${file}" cannot be read (${error.code ?? error.message}).`);
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

function unplacedLine(u: Unplaced): string {
  const mark = u.kind === 'problem' ? '!' : '·';
  const text = u.text.replace(/\s+/g, ' ').trim();
  return `  ${mark} ${u.where}: ${u.reason}${text ? ` [${text.length > 70 ? `${text.slice(0, 69)}…` : text}]` : ''}`;
}

/** The preview as people read it: per section the rows, then every line not placed and why. */
export function previewText(preview: ImportPreview, council: string): string {
  const lines = [`Import of ${preview.fileName} into ${council} (${preview.format === 'docx' ? 'Word document' : 'text layout'})`];
  if (preview.assumedYear) lines.push(`Dates written without a year are read as ${preview.assumedYear.year}: ${preview.assumedYear.reason}.`);
  lines.push('');
  for (const u of preview.unplaced) lines.push(unplacedLine(u));
  for (const s of preview.sections) {
    const fresh = s.rows.filter((r) => !r.alreadyInPlan).length;
    const already = s.rows.length - fresh;
    lines.push(`${s.title}: ${fresh === 1 ? '1 row' : `${fresh} rows`} to create${already > 0 ? `, ${already} already in the plan` : ''}`);
    // A note shared by several rows (the cells of one grid line) is said once.
    const notes = new Map<string, string>();
    for (const r of s.rows) for (const note of r.notes) if (!notes.has(note)) notes.set(note, r.where);
    for (const [note, where] of notes) lines.push(`    ${where}: ${note}`);
    for (const u of s.unplaced) lines.push(unplacedLine(u));
  }
  for (const d of preview.details) {
    lines.push(`  ${d.apply ? '+' : '·'} ${d.label}: ${String(d.value)}${d.kept ? ` — ${d.kept}` : d.apply ? '' : ' (already in the plan)'}`);
  }
  for (const note of preview.detailNotes) lines.push(`  ! ${note}`);
  const { rows, newRows, problems } = preview.counts;
  lines.push(
    '',
    `${newRows} of ${rows} rows to create (${rows - newRows} already in the plan). ${problems} ${problems === 1 ? 'line needs' : 'lines need'} a look (marked !); lines marked · are the template’s own.`,
  );
  return lines.join('\n');
}

function resultText(result: CommitResult): string {
  const lines = [`Imported ${result.written} ${result.written === 1 ? 'row' : 'rows'}${result.skipped > 0 ? `; ${result.skipped} were already in the plan` : ''}.`];
  if (result.details > 0) lines.push(`Filled in ${result.details} of the plan’s own details.`);
  for (const r of result.refused ?? []) lines.push(`  · ${r}`);
  for (const f of result.failed) lines.push(`  ! ${f.section}, ${f.where}: ${f.message}`);
  if (result.failed.length > 0) lines.push('Run the import again to finish: rows already written are not written twice.');
  return lines.join('\n');
}

/** `lapp import FILE --plan <plan> [--dry-run] [--json]`. */
export const run: Command = commandWith('import', USAGE, readOptions, async (options, io) => {
  const bytes = await readLimited(options.file);
  const { previewImport, previewNewPlanImport, newPlanNames, commitImport } = await import('../../documents/import');
  return withStore(io.env, async ({ store }) => {
    if (options.plan === null && options.dryRun) {
      // A dry run makes nothing, the plan included: say which plan the document would make.
      const preview = await previewImport({ bytes, fileName: path.basename(options.file), planId: 'new-plan' });
      const names = newPlanNames(preview);
      io.out(options.json ? JSON.stringify(preview, null, 2) : `${previewText(preview, names.council)}\nWould make a new plan: ${names.council}, ${names.census}.`);
      return 0;
    }
    const { summary, preview } =
      options.plan === null
        ? await previewNewPlanImport({ bytes, fileName: path.basename(options.file), store })
        : await openPlan(store, options.plan).then(async ({ summary, plan }) => ({
            summary,
            preview: await previewImport({ bytes, fileName: path.basename(options.file), planId: summary.id, plan }),
          }));
    if (options.plan === null && !options.json) io.out(`Made a new plan: ${summary.council}, ${summary.census} (${summary.id}).`);
    if (!options.json) io.out(previewText(preview, summary.council));
    if (options.dryRun) {
      if (options.json) io.out(JSON.stringify(preview, null, 2));
      return 0;
    }
    let reported = -1;
    const result = await commitImport(store, preview, {
      onProgress: ({ done, total }) => {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== reported) io.err(`Importing: ${done} of ${total} rows`);
        reported = tenth;
      },
    });
    io.out(options.json ? JSON.stringify({ ...preview, result }, null, 2) : resultText(result));
    return result.failed.length > 0 ? 1 : 0;
  });
});
