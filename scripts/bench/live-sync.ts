import { MEETING_SECTIONS } from '../../src/features/meeting/meeting-rows';
import { LIVE_INTERVAL_MS, LivePoller, type LiveStatus } from '../../src/lib/live';
import { sectionById, type SectionDef } from '../../src/plan';
import type { BenchSite } from './bench-site';
import { BENCH_ACLM_EMAIL, benchPlanId, generatedRow } from './fictional-plan';
import { recordingFetch } from './recording-fetch';
import { percentile, sleep } from './statistics';

export interface LiveSyncResult {
  readonly tries: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** The watching client's requests per second: requests less one over the time from the first to the last. */
  readonly requestsPerSecond: number;
  /**
   * The watching client's polls per second, counted the same way. A poll that brings changes
   * takes a second `$batch` (SharePoint's delta links drop `$expand`, so changed items come
   * without their fields), so requests run above polls by one per poll that saw a decision.
   */
  readonly pollsPerSecond: number;
  readonly intervalMs: number;
}

const decisions = sectionById('decisions') as SectionDef;
const SEEN_TIMEOUT_MS = 15_000;

/**
 * Two clients on one plan: the CEM records decisions; the ACLM's client watches with the app's
 * own poller (the meeting's sections, production interval). Each try times from the CEM's save
 * being confirmed to the ACLM's client receiving the row. Tries start at random moments so they
 * fall anywhere in the poll cycle, as real decisions do.
 */
export async function benchLiveSync(site: BenchSite, rows: number, tries: number): Promise<LiveSyncResult> {
  const planId = benchPlanId(rows);
  const writer = site.storeFor();
  const wire = recordingFetch();
  const watcher = site.storeFor({ fetchImpl: wire.fetchImpl, as: BENCH_ACLM_EMAIL });
  const seen = new Map<string, number>();
  const pollStarts: number[] = [];
  let status = 'connecting' as LiveStatus;
  const poller = new LivePoller({
    store: {
      changes: (sections, cursor) => {
        pollStarts.push(performance.now());
        return watcher.changes(sections, cursor);
      },
    },
    sections: MEETING_SECTIONS,
    onStatus: (next) => (status = next),
    onChanges: (changes) => {
      const at = performance.now();
      for (const change of changes) if (change.kind === 'upsert' && change.row.planId === planId) seen.set(change.row.key, at);
    },
  });
  const seenAt = async (key: string): Promise<number> => {
    const deadline = performance.now() + SEEN_TIMEOUT_MS;
    while (!seen.has(key)) {
      if (performance.now() > deadline) throw new Error(`The watching client did not see a decision within ${SEEN_TIMEOUT_MS / 1000} s (poller ${status}).`);
      // The time is taken when the change arrives, so how often this looks does not matter.
      await sleep(20);
    }
    return seen.get(key)!;
  };

  poller.start();
  while (status !== 'live') await sleep(20);
  wire.clear();
  pollStarts.splice(0);
  const latencies: number[] = [];
  try {
    for (let i = 1; i <= tries; i += 1) {
      await sleep(Math.random() * LIVE_INTERVAL_MS);
      const row = generatedRow(decisions, `${planId}-live-${i}`, i);
      await writer.createRow({ section: 'decisions', planId, key: row.key, values: row.values });
      const confirmed = performance.now();
      latencies.push((await seenAt(row.key)) - confirmed);
    }
  } finally {
    poller.stop();
  }
  const perSecond = (times: readonly number[]): number => {
    const sorted = [...times].sort((a, b) => a - b);
    return sorted.length > 1 ? (sorted.length - 1) / ((sorted[sorted.length - 1]! - sorted[0]!) / 1000) : 0;
  };
  return {
    tries,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: Math.max(...latencies),
    requestsPerSecond: perSecond(wire.requests.map((r) => r.startMs)),
    pollsPerSecond: perSecond(pollStarts),
    intervalMs: LIVE_INTERVAL_MS,
  };
}
