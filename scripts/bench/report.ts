import type { AgendaTimes } from './agenda-build';
import { IN_TEAMS_BUDGET_KB, INITIAL_BUDGET_KB } from './bundle-sizes';
import type { BundleResult } from './bundle';
import type { LiveSyncResult } from './live-sync';
import type { OpenPlanResult } from './open-plan';
import type { ReopenResult } from './reopen-plan';
import type { ResourceUnitResult } from './resource-units';
import { ms } from './statistics';

export interface MachineInfo {
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  /** One-minute load averages before and after the run: above the core count, timings are inflated. */
  readonly loadBefore: number;
  readonly loadAfter: number;
}

export interface BenchResults {
  readonly machine: MachineInfo;
  readonly latencyMs: number;
  readonly openPlan: readonly OpenPlanResult[];
  readonly reopen: readonly ReopenResult[];
  readonly agenda: AgendaTimes;
  readonly sync: LiveSyncResult;
  readonly bundle: BundleResult | undefined;
  readonly resourceUnits: ResourceUnitResult | undefined;
  readonly seconds: number;
}

/**
 * The issue's targets. The agenda's is held against the rebuild after one change (what the app
 * does after every change in the call, and so agendaMs in the JSON). The cold build (a plan the
 * engine has not seen, as when the meeting opens) is shown beside it without a target: only
 * reading what the agenda needs from 10,000 freshly loaded rows (status, dates, titles in lower
 * case for the order, owners' names) took about 4 ms on the 2-core benchmark machine.
 */
export const RU_TARGETS = { meeting: 600, rollup300: 300, hundredMeetingsPerMinute: 4800, seenP95Ms: 1000 } as const;

export const TARGETS = { roundTrips: 2, ratioAtLargest: 8, agendaMs: 5, agendaActions: '10000', syncP95Ms: 2000, pollsPerSecond: 1 } as const;

interface TableRow {
  readonly measure: string;
  readonly result: string;
  readonly comparedWith: string;
  readonly target: string;
  readonly met: 'yes' | 'NO' | '—';
}

const num = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kB = (bytes: number) => `${num(bytes / 1000, 1)} kB`;
const verdict = (ok: boolean): TableRow['met'] => (ok ? 'yes' : 'NO');
const roundTrips = (n: number) => `${n} round trip${n === 1 ? '' : 's'}`;
/**
 * Requests a second to two decimals: the poller spaces polls by whole milliseconds of Date.now,
 * and a poll's request leaves a moment after its start, so 1.0003 is one a second.
 */
export const pollRate = (requestsPerSecond: number): number => Math.round(requestsPerSecond * 100) / 100;

function openRows(r: BenchResults): TableRow[] {
  const largest = Math.max(...r.openPlan.map((o) => o.rows));
  return r.openPlan.flatMap((o): TableRow[] => {
    const ratioTarget = o.rows === largest;
    const target = `≤ ${TARGETS.roundTrips} round trips${ratioTarget ? `, ≥ ${TARGETS.ratioAtLargest}×` : ''}`;
    return [
      {
        measure: `1. Open a plan of ${num(o.rows)} rows through the plan service (the browser)`,
        result: `${num(o.service.ms)} ms, ${roundTrips(o.service.roundTrips)}, ${kB(o.service.bytes)}`,
        comparedWith: `naive ${num(o.naiveMs)} ms → ${num(o.service.ratio, 1)}× faster; browser ${num(r.latencyMs)} ms from the service`,
        target,
        met: verdict(o.service.roundTrips <= TARGETS.roundTrips && (!ratioTarget || o.service.ratio >= TARGETS.ratioAtLargest)),
      },
      {
        measure: `1. Open a plan of ${num(o.rows)} rows: the loader on SharePoint (the service's read)`,
        result: `${num(o.oursMs)} ms, ${o.roundTrips} round trips, ${kB(o.oursBytes)}`,
        comparedWith: `naive ${num(o.naiveMs)} ms, ${o.naiveRoundTrips} round trips → ${num(o.ratio, 1)}× faster`,
        target,
        met: verdict(o.roundTrips <= TARGETS.roundTrips && (!ratioTarget || o.ratio >= TARGETS.ratioAtLargest)),
      },
    ];
  });
}

function reopenRows(r: BenchResults): TableRow[] {
  return r.reopen.flatMap((o): TableRow[] => [
    {
      measure: `2. Reopen ${num(o.rows)} rows: first paint from cache`,
      result: `${num(o.firstPaintMs, 1)} ms`,
      comparedWith: `one round trip is ${num(r.latencyMs)} ms`,
      target: 'at once (< 1 round trip)',
      met: verdict(o.firstPaintMs < r.latencyMs),
    },
    {
      measure: `2. Reopen ${num(o.rows)} rows: refresh through delta`,
      result: `${num(o.refreshMs)} ms, ${roundTrips(o.refreshRoundTrips)}, ${kB(o.refreshBytes)} for ${o.changesApplied} changes`,
      comparedWith: `full reload ${kB(o.fullLoadBytes)} (${num(o.fullLoadBytes / Math.max(1, o.refreshBytes))}× more)`,
      target: '—',
      met: '—',
    },
  ]);
}

const AGENDA_BUILDS = [
  { timing: 'cold', label: 'fresh plan', about: 'every row read for the first time', judged: false },
  { timing: 'rebuild', label: 'after one change', about: 'one action changed, the other rows as before', judged: true },
] as const;

function agendaRows({ agenda }: BenchResults): TableRow[] {
  return Object.keys(agenda.items).flatMap((count) =>
    AGENDA_BUILDS.map(({ timing, label, about, judged: hasTarget }): TableRow => {
      const judged = hasTarget && count === TARGETS.agendaActions;
      return {
        measure: `3. Agenda build, ${num(Number(count))} actions, ${label}`,
        result: `${num(agenda[timing].median[count]!, 2)} ms median (fastest ${num(agenda[timing].fastest[count]!, 2)} ms)`,
        comparedWith: `${num(agenda.items[count]!)} agenda items; ${about}`,
        target: judged ? `≤ ${TARGETS.agendaMs} ms` : '—',
        met: judged ? verdict(agenda[timing].median[count]! <= TARGETS.agendaMs) : '—',
      };
    }),
  );
}

function syncRow({ sync }: BenchResults): TableRow {
  return {
    measure: '4. Live update, decision seen by the other client',
    result: `p50 ${num(sync.p50)} ms, p95 ${num(sync.p95)} ms (max ${num(sync.max)}) over ${sync.tries} tries`,
    comparedWith: `${num(sync.pollsPerSecond, 2)} polls/s, ${num(sync.requestsPerSecond, 2)} requests/s by the watching client (poll every ${num(sync.intervalMs)} ms)`,
    target: `p95 ≤ ${num(TARGETS.syncP95Ms)} ms, ≤ ${TARGETS.pollsPerSecond} poll/s`,
    met: verdict(sync.p95 <= TARGETS.syncP95Ms && pollRate(sync.pollsPerSecond) <= TARGETS.pollsPerSecond),
  };
}

function resourceUnitRows({ resourceUnits: ru }: BenchResults): TableRow[] {
  if (!ru) return [{ measure: '6. SharePoint resource units', result: 'not measured (--no-ru)', comparedWith: '', target: '', met: '—' }];
  return [
    {
      measure: '6. RU: one 60-minute meeting (2 people, side panel + stage, 60 writes)',
      result: `${num(ru.meeting)} RU (opening ${num(ru.parts.meetingOpening!)}, then ${num(ru.parts.meetingAfterOpening!)})`,
      comparedWith: `today ${num(ru.today.meeting)} RU (per-person polling)`,
      target: `≤ ${num(RU_TARGETS.meeting)} RU`,
      met: verdict(ru.meeting <= RU_TARGETS.meeting),
    },
    {
      measure: '6. RU: opening the managers’ roll-up over 300 plans',
      result: `${num(ru.rollup300)} RU`,
      comparedWith: `today ${num(ru.today.rollup300)} RU (every plan read)`,
      target: `≤ ${num(RU_TARGETS.rollup300)} RU`,
      met: verdict(ru.rollup300 <= RU_TARGETS.rollup300),
    },
    {
      measure: '6. RU: 100 meetings at once, per minute',
      result: `${num(ru.hundredMeetingsPerMinute)} RU/min`,
      comparedWith: `today ${num(ru.today.hundredMeetingsPerMinute)} RU/min`,
      target: `< ${num(RU_TARGETS.hundredMeetingsPerMinute)} RU/min`,
      met: verdict(ru.hundredMeetingsPerMinute < RU_TARGETS.hundredMeetingsPerMinute),
    },
    {
      measure: '6. Decision seen by the other person (plan service stream)',
      result: `p50 ${num(ru.seenP50, 1)} ms, p95 ${num(ru.seenP95, 1)} ms over ${ru.seenTries} decisions`,
      comparedWith: 'from the write confirmed to the other side panel receiving it',
      target: `p95 ≤ ${num(RU_TARGETS.seenP95Ms)} ms`,
      met: verdict(ru.seenP95 <= RU_TARGETS.seenP95Ms),
    },
  ];
}

function bundleRows({ bundle }: BenchResults): TableRow[] {
  if (!bundle) return [{ measure: '5. Bundle', result: 'not measured (--no-bundle)', comparedWith: '', target: '', met: '—' }];
  return [
    {
      measure: '5. Bundle: initial JavaScript, gzipped',
      result: `${num(bundle.initialKb, 1)} kB`,
      comparedWith: bundle.initialFiles.map((f) => `${f.file.replace(/\.[0-9a-f]{8,}\.js$/, '.js')} ${num(f.kb, 1)}`).join(', '),
      target: `≤ ${INITIAL_BUDGET_KB} kB`,
      met: verdict(bundle.initialKb <= INITIAL_BUDGET_KB),
    },
    {
      measure: '5. Bundle: first download inside Teams, gzipped',
      result: `${num(bundle.inTeamsKb, 1)} kB`,
      comparedWith: `initial + ${num(bundle.inTeamsKb - bundle.initialKb, 1)} kB of teams-js, loaded at once in Teams`,
      target: `≤ ${IN_TEAMS_BUDGET_KB} kB`,
      met: verdict(bundle.inTeamsKb <= IN_TEAMS_BUDGET_KB),
    },
    ...Object.entries(bundle.chunks)
      .sort((a, b) => b[1] - a[1])
      .map(([name, kb]): TableRow => ({ measure: '5. Bundle: lazy chunk', result: `${num(kb, 1)} kB`, comparedWith: name, target: 'on demand', met: '—' })),
  ];
}

/** The one table `npm run bench` prints. */
export function formatTable(r: BenchResults): string {
  const rows = [...openRows(r), ...reopenRows(r), ...agendaRows(r), syncRow(r), ...bundleRows(r), ...resourceUnitRows(r)];
  const header: TableRow = { measure: 'Measure', result: 'Result', comparedWith: 'Compared with', target: 'Target', met: 'Met' as TableRow['met'] };
  const columns = ['measure', 'result', 'comparedWith', 'target', 'met'] as const;
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((row) => row[c].length)));
  const line = (row: TableRow) => columns.map((c, i) => row[c].padEnd(widths[i]!)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** For each target missed: by how much, and why, from the figures of this run. */
export function missedTargets(r: BenchResults): string[] {
  const notes: string[] = [];
  const busy = r.machine.loadAfter > r.machine.cores ? ` The machine was busy (load ${num(r.machine.loadAfter, 1)} on ${r.machine.cores} cores), which inflates every timing.` : '';
  for (const o of r.openPlan.filter((p) => p.roundTrips > TARGETS.roundTrips)) {
    notes.push(`Opening ${num(o.rows)} rows took ${o.roundTrips} sequential round trips, ${o.roundTrips - TARGETS.roundTrips} over: a list longer than the page size needs a round for each further page.`);
  }
  for (const o of r.openPlan.filter((p) => p.service.roundTrips > TARGETS.roundTrips)) {
    notes.push(`Opening ${num(o.rows)} rows through the plan service took the browser ${o.service.roundTrips} sequential round trips, ${o.service.roundTrips - TARGETS.roundTrips} over.`);
  }
  const largest = r.openPlan.reduce((a, b) => (b.rows > a.rows ? b : a));
  if (largest.service.ratio < TARGETS.ratioAtLargest) {
    notes.push(
      `At ${num(largest.rows)} rows the plan service's path is ${num(largest.service.ratio, 1)}× faster than naive, short of ${TARGETS.ratioAtLargest}× by ${num(TARGETS.ratioAtLargest - largest.service.ratio, 1)}×: ` +
        `of its ${num(largest.service.ms)} ms, ${num(r.latencyMs)} ms is the browser's own round trip and the rest mostly the service's read of SharePoint (the loader alone took ${num(largest.oursMs)} ms, below), ` +
        `then ${kB(largest.service.bytes)} of JSON to the browser.${busy}`,
    );
  }
  if (largest.ratio < TARGETS.ratioAtLargest) {
    const serving = largest.oursMs - largest.roundTrips * r.latencyMs - largest.oursClientMs;
    notes.push(
      `At ${num(largest.rows)} rows ours is ${num(largest.ratio, 1)}× faster than naive, short of ${TARGETS.ratioAtLargest}× by ${num(TARGETS.ratioAtLargest - largest.ratio, 1)}×: ` +
        `of its ${num(largest.oursMs)} ms only ${largest.roundTrips} × ${r.latencyMs} ms is latency; ${num(serving)} ms is the stand-in reading and writing ` +
        `${kB(largest.oursBytes)} of JSON on one thread (a SharePoint farm answers a $batch's requests in parallel) and ${num(largest.oursClientMs)} ms the client parsing and mapping the rows. ` +
        `That work is much the same for the naive loader, whose time is mostly its ${largest.naiveRoundTrips} round trips, so it weighs on our side of the ratio.${busy}`,
    );
  }
  for (const o of r.reopen.filter((p) => p.firstPaintMs >= r.latencyMs)) {
    notes.push(`Reopening ${num(o.rows)} rows took ${num(o.firstPaintMs)} ms to read the kept plan, ${num(o.firstPaintMs - r.latencyMs)} ms more than a round trip: under Node the IndexedDB is fake-indexeddb, which copies every row in JavaScript.${busy}`);
  }
  const agendaMs = r.agenda.rebuild.median[TARGETS.agendaActions];
  if (agendaMs !== undefined && agendaMs > TARGETS.agendaMs) {
    notes.push(
      `The agenda for ${num(Number(TARGETS.agendaActions))} actions, rebuilt after one change, took ${num(agendaMs, 2)} ms (median), ${num(agendaMs - TARGETS.agendaMs, 2)} ms (${num(((agendaMs - TARGETS.agendaMs) / TARGETS.agendaMs) * 100)}%) over ${TARGETS.agendaMs} ms; ` +
        `its fastest rebuild was ${num(r.agenda.rebuild.fastest[TARGETS.agendaActions]!, 2)} ms. A rebuild reads only the changed row and reuses what it read of the others; what is left is walking ${num(r.agenda.items[TARGETS.agendaActions]!)} kept items, which a busy machine slows through its memory caches.${busy}`,
    );
  }
  if (r.sync.p95 > TARGETS.syncP95Ms) {
    notes.push(`Live updates: p95 ${num(r.sync.p95)} ms, ${num(r.sync.p95 - TARGETS.syncP95Ms)} ms over: a poll waits up to ${num(r.sync.intervalMs)} ms, then takes a round trip of ${r.latencyMs} ms or more.${busy}`);
  }
  if (pollRate(r.sync.pollsPerSecond) > TARGETS.pollsPerSecond) {
    notes.push(`The watching client polled ${num(r.sync.pollsPerSecond, 2)} times a second, over the limit of ${TARGETS.pollsPerSecond}.`);
  }
  if (r.bundle && r.bundle.initialKb > INITIAL_BUDGET_KB) {
    const biggest = [...r.bundle.initialFiles].sort((a, b) => b.kb - a.kb)[0]!;
    notes.push(`The initial JavaScript is ${num(r.bundle.initialKb, 1)} kB gzipped, ${num(r.bundle.initialKb - INITIAL_BUDGET_KB, 1)} kB over ${INITIAL_BUDGET_KB} kB; the largest file is ${biggest.file} (${num(biggest.kb, 1)} kB).`);
  }
  if (r.bundle && r.bundle.inTeamsKb > IN_TEAMS_BUDGET_KB) {
    notes.push(`Inside Teams the first download is ${num(r.bundle.inTeamsKb, 1)} kB gzipped, ${num(r.bundle.inTeamsKb - IN_TEAMS_BUDGET_KB, 1)} kB over ${IN_TEAMS_BUDGET_KB} kB, of which ${num(r.bundle.inTeamsKb - r.bundle.initialKb, 1)} kB is teams-js.`);
  }
  const ru = r.resourceUnits;
  if (ru) {
    if (ru.meeting > RU_TARGETS.meeting) {
      notes.push(`A meeting cost ${num(ru.meeting)} RU, ${num(ru.meeting - RU_TARGETS.meeting)} over ${RU_TARGETS.meeting}: opening the four frames took ${num(ru.parts.meetingOpening!)} (a whole plan read is about ${num(ru.parts.todayLoad!)}), the writes and the outside-edits watcher ${num(ru.parts.meetingAfterOpening!)}.`);
    }
    if (ru.rollup300 > RU_TARGETS.rollup300) notes.push(`The roll-up over 300 plans cost ${num(ru.rollup300)} RU, over ${RU_TARGETS.rollup300}.`);
    if (ru.hundredMeetingsPerMinute >= RU_TARGETS.hundredMeetingsPerMinute) notes.push(`100 meetings cost ${num(ru.hundredMeetingsPerMinute)} RU a minute, not under ${RU_TARGETS.hundredMeetingsPerMinute}.`);
    if (ru.seenP95 > RU_TARGETS.seenP95Ms) notes.push(`A decision reached the other person in ${num(ru.seenP95)} ms at p95, over ${RU_TARGETS.seenP95Ms} ms.${busy}`);
  }
  return notes;
}

const msByCount = (times: Record<string, number>) => Object.fromEntries(Object.entries(times).map(([count, t]) => [count, ms(t)]));

/** The same figures as one JSON object (the last line with --json). */
export function jsonSummary(r: BenchResults): object {
  return {
    openPlan: r.openPlan.map((o) => ({
      rows: o.rows,
      oursMs: ms(o.oursMs),
      naiveMs: ms(o.naiveMs),
      roundTrips: o.roundTrips,
      ratio: Math.round(o.ratio * 10) / 10,
      naiveRoundTrips: o.naiveRoundTrips,
      oursBytes: o.oursBytes,
      naiveBytes: o.naiveBytes,
      serviceMs: ms(o.service.ms),
      serviceRoundTrips: o.service.roundTrips,
      serviceRatio: Math.round(o.service.ratio * 10) / 10,
      serviceBytes: o.service.bytes,
    })),
    // agendaMs is the figure the target is held against: the rebuild after one change.
    agendaMs: msByCount(r.agenda.rebuild.median),
    agendaFastestMs: msByCount(r.agenda.rebuild.fastest),
    agendaRebuildMs: msByCount(r.agenda.rebuild.median),
    agendaColdMs: msByCount(r.agenda.cold.median),
    agendaColdFastestMs: msByCount(r.agenda.cold.fastest),
    syncMs: { p50: ms(r.sync.p50), p95: ms(r.sync.p95), max: ms(r.sync.max) },
    syncRequestsPerSecond: pollRate(r.sync.requestsPerSecond),
    syncPollsPerSecond: pollRate(r.sync.pollsPerSecond),
    reopen: r.reopen.map((o) => ({
      rows: o.rows,
      firstPaintMs: ms(o.firstPaintMs),
      refreshMs: ms(o.refreshMs),
      refreshBytes: o.refreshBytes,
      refreshRoundTrips: o.refreshRoundTrips,
      fullLoadBytes: o.fullLoadBytes,
    })),
    ...(r.bundle && { bundleKb: { initial: r.bundle.initialKb, inTeams: r.bundle.inTeamsKb, chunks: r.bundle.chunks } }),
    ...(r.resourceUnits && {
      resourceUnits: { meeting: r.resourceUnits.meeting, rollup300: r.resourceUnits.rollup300, hundredMeetingsPerMinute: r.resourceUnits.hundredMeetingsPerMinute },
      resourceUnitsToday: r.resourceUnits.today,
      liveSeenMs: { p50: ms(r.resourceUnits.seenP50), p95: ms(r.resourceUnits.seenP95) },
    }),
    latencyMs: r.latencyMs,
    machine: r.machine,
    seconds: Math.round(r.seconds),
    missed: missedTargets(r),
  };
}
