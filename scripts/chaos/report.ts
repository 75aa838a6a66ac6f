import type { ChaosReport } from './scenario';
import type { TwoPersonReport } from './two-person';

/** Each restart as the requests it cut: from the browsers, and to SharePoint. */
function restartsCell(r: ChaosReport): string {
  if (r.restarts.length === 0) return '0';
  return `${r.restarts.length} (${r.restarts.map((x) => `${x.browserRequestsCut} from browsers, ${x.sharePointRequestsCut} to SharePoint cut`).join('; ')})`;
}

/** The run as a small table for people. */
export function reportTable(r: ChaosReport): string {
  const s = r.settings;
  const rows: [string, string | number][] = [
    ['scripted writes', r.scripted],
    ['writes (confirmed)', r.writes],
    ['lost', r.lost],
    ['duplicated', r.duplicated],
    ['conflicts surfaced', r.conflicts],
    ['  kept mine / took theirs / merged', `${r.resolved.mine} / ${r.resolved.theirs} / ${r.resolved.merged}`],
    ['refused (403, never retried)', r.refused],
    ['row deleted by the other first', r.gone],
    ['rows stored at the end', r.rowsStored],
    ['service restarts (writes in flight)', restartsCell(r)],
    ['browser requests to the service', r.faults.requests],
    ['  busy answers (429/503) / dropped', `${r.faults.throttled} / ${r.faults.dropped}`],
    ['service requests to SharePoint', r.sharePointFaults.requests],
    ['  throttled (429/503) / dropped', `${r.sharePointFaults.throttled} / ${r.sharePointFaults.dropped}`],
    ['outbox retries', r.outboxRetries],
    ['seconds', r.seconds.toFixed(1)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    `chaos run through the plan service: ${s.writes} writes, ${s.faultRate * 100} % 429/503 from SharePoint, ${s.dropRate * 100} % dropped, ${s.latencyMs} ms latency, ${s.restarts} restart(s), seed ${s.seed}`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
  ];
  if (r.unexpected.length > 0) lines.push(`unexpected outcomes (${r.unexpected.length}):`, ...r.unexpected.slice(0, 20).map((u) => `  ${u}`));
  if (r.problems.length > 0) lines.push(`lost or duplicated (${r.problems.length}):`, ...r.problems.slice(0, 20).map((p) => `  ${p}`));
  return lines.join('\n');
}

/**
 * The machine-readable last line: the in-call run's four numbers and its service restarts, then the two-person
 * scenario's writes attempted (`scripted`), false conflicts and notes lost.
 */
export function reportJson(r: ChaosReport, two?: TwoPersonReport): string {
  return JSON.stringify({
    writes: r.writes,
    lost: r.lost,
    duplicated: r.duplicated,
    conflicts: r.conflicts,
    restarts: r.restarts.length,
    ...(two && { scripted: two.scripted, falseConflicts: two.falseConflicts, notesLost: two.notesLost }),
  });
}

/** The two-person scenario as a small table. */
export function twoPersonTable(r: TwoPersonReport): string {
  const rows: [string, number][] = [
    ['scripted writes', r.scripted],
    ['false conflicts (different fields)', r.falseConflicts],
    ['same-field conflicts', r.sameFieldConflicts],
    ['same-field races with no conflict', r.missedConflicts],
    ['notes lost', r.notesLost],
    ['notes duplicated', r.notesDuplicated],
    ['different-field changes lost', r.changesLost],
    ['writes refused', r.refusals.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['two people at once:', ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`), ...r.refusals.slice(0, 10).map((m) => `  refused: ${m}`)].join('\n');
}

/** Nothing lost or doubled, and a conflict only (and always) where both changed the same field. */
export function twoPersonPassed(r: TwoPersonReport): boolean {
  return r.falseConflicts === 0 && r.missedConflicts === 0 && r.notesLost === 0 && r.notesDuplicated === 0 && r.changesLost === 0 && r.refusals.length === 0;
}

/** A run passes when the service was restarted as asked, nothing was lost or duplicated and nothing unexpected happened. */
export function passed(r: ChaosReport): boolean {
  return r.restarts.length === r.settings.restarts && r.lost === 0 && r.duplicated === 0 && r.unexpected.length === 0;
}
