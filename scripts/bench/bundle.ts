import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kilobytes, measureBundle, type BundleFile } from './bundle-sizes';

export interface BundleResult {
  readonly initialKb: number;
  /** The initial scripts and the Teams SDK, which a tab inside Teams loads at once. */
  readonly inTeamsKb: number;
  readonly initialFiles: readonly { readonly file: string; readonly kb: number }[];
  /** Lazy chunks by what they hold: kB gzipped. */
  readonly chunks: Record<string, number>;
  /** Where the sizes were read from. */
  readonly builtIn: string;
}

interface StatsChunk {
  readonly id: string | number;
  readonly names: readonly string[];
  readonly files: readonly string[];
  readonly origins: readonly { readonly request?: string }[];
}
interface StatsModule {
  readonly name: string;
  readonly size: number;
  readonly chunks: readonly (string | number)[];
  /** The modules webpack concatenated into this one: named after the first, they come from many packages. */
  readonly modules?: readonly StatsModule[];
}
interface Stats {
  readonly chunks: readonly StatsChunk[];
  readonly modules: readonly StatsModule[];
}

const repoRoot = path.resolve(__dirname, '..', '..');

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`webpack failed (${code}):\n${errors.slice(-2000)}`))));
  });
}

/** "./node_modules/@fluentui/react-icons/lib/…" → "@fluentui/react-icons"; our code → "app code". */
function packageOf(moduleName: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleName);
  return match ? match[1]! : 'app code';
}

/** A lazy chunk named by what asks for it and what it mostly holds: "features/meeting · app code". */
function chunkLabels(stats: Stats): Map<string, string> {
  const weight = new Map<string, Map<string, number>>();
  for (const m of stats.modules) {
    for (const chunk of m.chunks) {
      const byPackage = weight.get(String(chunk)) ?? new Map<string, number>();
      for (const part of m.modules ?? [m]) byPackage.set(packageOf(part.name), (byPackage.get(packageOf(part.name)) ?? 0) + part.size);
      weight.set(String(chunk), byPackage);
    }
  }
  const labels = new Map<string, string>();
  for (const chunk of stats.chunks) {
    const askedBy = [...new Set(chunk.origins.map((o) => (o.request ?? '').replace(/^(\.\.?\/)+/, '')))].filter(Boolean).slice(0, 2).join(' + ');
    // Stats list about a thousand modules at most, so a small chunk's contents may be unknown.
    const heaviest = [...(weight.get(String(chunk.id)) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
    const name = chunk.names[0] ?? askedBy;
    const label = heaviest && heaviest !== name ? `${name} · ${heaviest}` : name;
    const unique = [...labels.values()].includes(label) ? `${label} (${chunk.id})` : label;
    for (const file of chunk.files) labels.set(file, unique);
  }
  return labels;
}

const asKb = (f: BundleFile) => ({ file: f.file, kb: kilobytes(f.gzipBytes) });

/**
 * Builds the tab for production into a temporary folder (dist/ is left alone for whoever is
 * using it) with webpack's stats, or reads an existing build, and reports the gzipped sizes.
 */
export async function benchBundle(existingBuild?: string): Promise<BundleResult> {
  let dir = existingBuild;
  let stats: Stats | undefined;
  if (!dir) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-bench-build-'));
    const statsFile = path.join(dir, '..', `${path.basename(dir)}-stats.json`);
    await run(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', dir, '--stats', 'detailed', '--json', statsFile]);
    stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as Stats;
    fs.rmSync(statsFile);
  }
  const sizes = measureBundle(dir);
  const labels = stats ? chunkLabels(stats) : new Map<string, string>();
  const chunks = Object.fromEntries(sizes.lazy.map((f) => [labels.get(f.file) ?? f.file, kilobytes(f.gzipBytes)]));
  if (!existingBuild) fs.rmSync(dir, { recursive: true, force: true });
  return { initialKb: kilobytes(sizes.initialGzipBytes), inTeamsKb: kilobytes(sizes.inTeamsGzipBytes), initialFiles: sizes.initial.map(asKb), chunks, builtIn: existingBuild ?? 'a fresh production build' };
}
