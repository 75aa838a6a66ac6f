import type { AnyRow } from '../../src/plan';
import { startStandIn } from '../../src/server/stand-in';
import { grant } from '../../src/server/stand-in/db/permissions-repo';
import { SAMPLE_CEM, SAMPLE_COUNCILS, personValue } from '../../src/server/stand-in/sample-users';
import { createGraphStore } from '../../src/storage/graph';
import { createMemoryQueue, createOutboxStore } from '../../src/storage/outbox';
import { countingFetch, newFaultCounts, type FaultCounts } from './fault-counter';
import { Ledger } from './ledger';
import { CHAOS_SECTIONS, Participant } from './participant';
import { seededDice } from './random';

/** How hard the run shakes things. Every one is a flag of `scripts/chaos.ts`. */
export interface ChaosSettings {
  /** Scripted writes, split between the two participants. */
  readonly writes: number;
  /** Fraction of requests the stand-in answers 429 or 503 (with Retry-After: 1). */
  readonly faultRate: number;
  /** Fraction of requests whose connection the stand-in drops, before or after committing. */
  readonly dropRate: number;
  readonly latencyMs: number;
  /** Retries inside one Graph request (the app uses 3); 0 sends every fault on to the outbox. */
  readonly graphRetries: number;
  /** Changes each participant's outbox keeps on the wire at once. */
  readonly concurrency: number;
  /** Time between one participant's writes. */
  readonly paceMs: number;
  /** Each participant polls for the other's changes every this many writes. */
  readonly pollEvery: number;
  readonly seed: number;
}

export const FULL_RUN: ChaosSettings = {
  writes: 1000,
  faultRate: 0.2,
  dropRate: 0.05,
  latencyMs: 300,
  graphRetries: 0,
  concurrency: 8,
  paceMs: 40,
  pollEvery: 20,
  seed: 2031,
};

export interface ChaosReport {
  readonly settings: ChaosSettings;
  readonly scripted: number;
  /** Confirmed operations. */
  readonly writes: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Conflicts shown to a participant. */
  readonly conflicts: number;
  readonly resolved: { readonly mine: number; readonly theirs: number; readonly merged: number };
  readonly refused: number;
  readonly gone: number;
  readonly outboxRetries: number;
  readonly unexpected: readonly string[];
  readonly problems: readonly string[];
  readonly faults: FaultCounts;
  readonly rowsStored: number;
  readonly seconds: number;
}

const COUNCIL = SAMPLE_COUNCILS.kestrelVale;

/**
 * The in-call chaos run: a fresh stand-in, a plan whose CEM and ACLM are the sample people, both
 * writing through their own Graph store and outbox while the stand-in throttles, drops and
 * delays; then, faults off, everything is read back and checked against what was confirmed.
 */
export async function runChaos(settings: ChaosSettings, onProgress?: (line: string) => void): Promise<ChaosReport> {
  // Chaos brings its own throttling (faultRate); a resource-unit budget on top would only slow the run.
  const standIn = await startStandIn({ dbPath: ':memory:', resourceUnitsPerMinute: Number.POSITIVE_INFINITY });
  // Straight to SharePoint, both participants need site rights: the ACLM is a member here.
  grant(standIn.db, 'user', COUNCIL.aclm.email, COUNCIL.aclm.displayName, 'write');
  const faults = newFaultCounts();
  const storeFor = (email: string, fetchImpl?: typeof fetch) =>
    createGraphStore({
      baseUrl: standIn.graphBaseUrl,
      siteId: standIn.siteId,
      getToken: () => standIn.tokenFor(email),
      fetchImpl,
      retry: { maxRetries: settings.graphRetries },
    });
  const participants: Participant[] = [];
  let ticker: ReturnType<typeof setInterval> | undefined;
  try {
    const setup = storeFor(SAMPLE_CEM.email);
    await setup.provision();
    const header = await setup.createPlan({
      council: 'Chaos Vale District Council',
      census: 'Census 2031',
      values: { Cem: personValue(SAMPLE_CEM), Aclm: personValue(COUNCIL.aclm), CouncilDomain: COUNCIL.domain },
    });
    const ledger = new Ledger();
    for (const [who, email] of [['cem', SAMPLE_CEM.email], ['aclm', COUNCIL.aclm.email]] as const) {
      const outbox = createOutboxStore(storeFor(email, countingFetch(faults)), createMemoryQueue(), {
        maxConcurrent: settings.concurrency,
        connectivity: null,
        // Shorter waits than the app's defaults, so a thousand writes fit in minutes.
        retry: { baseDelayMs: 500, maxDelayMs: 8000 },
      });
      participants.push(new Participant(who, outbox, header.key, ledger, seededDice(settings.seed + participants.length)));
    }

    await Promise.all(participants.map((p) => p.open()));
    standIn.setFaults({ latencyMs: settings.latencyMs, faultRate: settings.faultRate, dropRate: settings.dropRate });
    const started = Date.now();
    if (onProgress) {
      ticker = setInterval(() => {
        const waiting = participants.reduce((n, p) => n + p.store.waitingCount(), 0);
        onProgress(`${Math.round((Date.now() - started) / 1000)} s: ${ledger.writes} confirmed, ${waiting} waiting`);
      }, 5000);
    }
    const [cem, aclm] = participants as [Participant, Participant];
    await Promise.all([
      cem.run(Math.ceil(settings.writes / 2), settings.paceMs, settings.pollEvery),
      aclm.run(Math.floor(settings.writes / 2), settings.paceMs, settings.pollEvery),
    ]);
    const seconds = (Date.now() - started) / 1000;

    standIn.setFaults({ latencyMs: 0, faultRate: 0, dropRate: 0 });
    const plan = await setup.loadPlan(header.key);
    const stored: AnyRow[] = CHAOS_SECTIONS.flatMap((s): readonly AnyRow[] => plan.sections[s]);
    const verdict = ledger.verify(stored);
    const tallies = participants.map((p) => p.tally);
    const sum = (pick: (t: (typeof tallies)[number]) => number) => tallies.reduce((n, t) => n + pick(t), 0);
    return {
      settings,
      scripted: settings.writes,
      writes: ledger.writes,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      conflicts: sum((t) => t.conflicts),
      resolved: { mine: sum((t) => t.resolvedMine), theirs: sum((t) => t.resolvedTheirs), merged: sum((t) => t.resolvedMerged) },
      refused: sum((t) => t.refused),
      gone: sum((t) => t.gone),
      outboxRetries: sum((t) => t.outboxRetries),
      unexpected: tallies.flatMap((t) => t.unexpected),
      problems: verdict.problems,
      faults,
      rowsStored: stored.length,
      seconds,
    };
  } finally {
    clearInterval(ticker);
    participants.forEach((p) => p.store.stop());
    await standIn.close();
  }
}
