import os from 'node:os';
import { benchAgenda } from './agenda-build';
import { startBenchSite } from './bench-site';
import { benchBundle } from './bundle';
import { benchLiveSync } from './live-sync';
import { benchOpenPlan } from './open-plan';
import type { BenchResults } from './report';
import { benchReopen } from './reopen-plan';
import { benchResourceUnits } from './resource-units';

export interface BenchOptions {
  /** Added to every request by the stand-in. */
  readonly latencyMs: number;
  readonly planRows: readonly number[];
  /** Which of the plans to reopen from the cache. */
  readonly reopenRows: readonly number[];
  readonly openRuns: number;
  readonly agendaActions: readonly number[];
  readonly agendaRuns: number;
  readonly syncTries: number;
  /** 'build' builds into a temporary folder; a path reads that build; 'skip' leaves the bundle out. */
  readonly bundle: 'build' | 'skip' | { readonly dir: string };
  /** Measure SharePoint resource units through the plan service (a few minutes). */
  readonly resourceUnits: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  latencyMs: 100,
  planRows: [150, 1000, 5000],
  reopenRows: [1000, 5000],
  openRuns: 3,
  agendaActions: [1000, 10000],
  agendaRuns: 50,
  syncTries: 50,
  bundle: 'build',
  resourceUnits: true,
};

const load = () => Math.round(os.loadavg()[0]! * 100) / 100;

/**
 * Every measurement, in an order that keeps them apart: the CPU-bound agenda first, then the
 * network ones over one stand-in, then the webpack build, which loads the machine most.
 */
export async function runBench(options: BenchOptions, progress: (line: string) => void): Promise<BenchResults> {
  const started = performance.now();
  const loadBefore = load();
  progress(`Agenda engine: ${options.agendaActions.join(', ')} actions, ${options.agendaRuns} builds from a fresh plan and ${options.agendaRuns} after one change each…`);
  const agenda = benchAgenda(options.agendaActions, options.agendaRuns);

  const network = await measureNetwork(options, progress);
  const resourceUnits = options.resourceUnits ? await benchResourceUnits(progress) : undefined;
  progress(options.bundle === 'build' ? 'Building the tab for production (about a minute)…' : 'Measuring the bundle…');
  const bundle = options.bundle === 'skip' ? undefined : await benchBundle(options.bundle === 'build' ? undefined : options.bundle.dir);
  return {
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore, loadAfter: load() },
    latencyMs: options.latencyMs,
    ...network,
    agenda,
    bundle,
    resourceUnits,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The measurements over the stand-in, which is stopped before anything else runs. */
async function measureNetwork(options: BenchOptions, progress: (line: string) => void): Promise<Pick<BenchResults, 'openPlan' | 'reopen' | 'sync'>> {
  progress(`Stand-in with plans of ${options.planRows.join(', ')} rows, ${options.latencyMs} ms a request…`);
  const site = await startBenchSite(options.planRows, options.latencyMs);
  try {
    progress(`Opening each plan, ours and naive, ${options.openRuns} times…`);
    const openPlan = await benchOpenPlan(site, options.planRows, options.openRuns);
    progress('Reopening plans from the cache…');
    const reopen = [];
    for (const rows of options.reopenRows) reopen.push(await benchReopen(site, rows));
    progress(`Live updates: ${options.syncTries} decisions between two clients…`);
    const sync = await benchLiveSync(site, Math.min(...options.planRows), options.syncTries);
    return { openPlan, reopen, sync };
  } finally {
    await site.close();
  }
}
