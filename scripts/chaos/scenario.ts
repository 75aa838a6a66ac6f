import type { AnyRow } from '../../src/plan';
import { localTenantId } from '../../src/server/local-entra/local-entra';
import { SAMPLE_CEM, SAMPLE_COUNCILS, personValue } from '../../src/server/stand-in/sample-users';
import { createGraphStore } from '../../src/storage/graph';
import { createMemoryQueue, createOutboxStore } from '../../src/storage/outbox';
import { browserFetch, newFaultCounts, type FaultCounts } from './fault-counter';
import { Ledger } from './ledger';
import { CHAOS_SECTIONS, Participant } from './participant';
import { seededDice } from './random';
import { startServiceUnderTest, type RestartReport, type ServiceUnderTest } from './service-under-test';

/** How hard the run shakes things. Every one is a flag of `scripts/chaos.ts`. */
export interface ChaosSettings {
  /** Scripted writes, split between the two participants. */
  readonly writes: number;
  /** Fraction of the service's requests the stand-in answers 429 or 503 (with Retry-After: 1). */
  readonly faultRate: number;
  /**
   * Fraction of requests whose connection is dropped, before or after the write: the service's to
   * the stand-in, and the browser's to the service.
   */
  readonly dropRate: number;
  /** Added by the stand-in to each of the service's requests. */
  readonly latencyMs: number;
  /** Times the plan service is stopped mid-run, writes in flight, and a new instance started. */
  readonly restarts: number;
  /** How long the service is down at each restart. */
  readonly downMs: number;
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
  restarts: 1,
  downMs: 2000,
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
  /** What the browsers met (drops on their side, the service's 503s and the restarts). */
  readonly faults: FaultCounts;
  /** What the stand-in injected, as the service met it under its Graph retries. */
  readonly sharePointFaults: FaultCounts;
  readonly restarts: readonly RestartReport[];
  readonly rowsStored: number;
  readonly seconds: number;
}

const COUNCIL = SAMPLE_COUNCILS.kestrelVale;

/**
 * Restarts the service each time the participants have made the next share of the script, once
 * a change is on the wire (so there is always a write in flight to cut).
 */
async function restartDuringRun(service: ServiceUnderTest, participants: readonly Participant[], settings: ChaosSettings, done: () => boolean): Promise<RestartReport[]> {
  const reports: RestartReport[] = [];
  const made = () => participants.reduce((n, p) => n + p.made, 0);
  const sending = () => participants.some((p) => p.store.pending().some((c) => c.state === 'sending'));
  for (let r = 1; r <= settings.restarts; r++) {
    const due = (settings.writes * r) / (settings.restarts + 1);
    while (!done() && (made() < due || !sending())) await new Promise((resolve) => setTimeout(resolve, 5));
    if (done()) break;
    reports.push(await service.restart(settings.downMs));
  }
  return reports;
}

/**
 * The in-call chaos run: a fresh stand-in and plan service, a plan whose CEM and ACLM are the
 * sample people (the ACLM signed in from the council's own tenant), both writing through the
 * service's client store and an outbox, as the browser does, while the stand-in throttles, drops
 * and delays, the browsers' connections drop, and the service is stopped and started again with
 * writes in flight; then, faults off, SharePoint's rows are read back with the app's own access
 * and checked against what was confirmed.
 */
export async function runChaos(settings: ChaosSettings, onProgress?: (line: string) => void): Promise<ChaosReport> {
  const service = await startServiceUnderTest();
  const { standIn } = service;
  const faults = newFaultCounts();
  const participants: Participant[] = [];
  let ticker: ReturnType<typeof setInterval> | undefined;
  try {
    const setup = service.storeFor(SAMPLE_CEM.email);
    await setup.provision();
    const header = await setup.createPlan({
      council: 'Chaos Vale District Council',
      census: 'Census 2031',
      values: { Cem: personValue(SAMPLE_CEM), Aclm: personValue(COUNCIL.aclm), CouncilDomain: COUNCIL.domain, CouncilTenantId: localTenantId(COUNCIL.domain) },
    });
    const ledger = new Ledger();
    for (const [who, email] of [['cem', SAMPLE_CEM.email], ['aclm', COUNCIL.aclm.email]] as const) {
      const seed = settings.seed + participants.length;
      const outbox = createOutboxStore(service.storeFor(email, browserFetch(faults, settings.dropRate, seededDice(seed + 1000))), createMemoryQueue(), {
        maxConcurrent: settings.concurrency,
        connectivity: null,
        // Shorter waits than the app's defaults, so a thousand writes fit in minutes.
        retry: { baseDelayMs: 500, maxDelayMs: 8000 },
      });
      participants.push(new Participant(who, outbox, header.key, ledger, seededDice(seed)));
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
    let finished = false;
    const restarting = restartDuringRun(service, participants, settings, () => finished);
    await Promise.all([
      cem.run(Math.ceil(settings.writes / 2), settings.paceMs, settings.pollEvery),
      aclm.run(Math.floor(settings.writes / 2), settings.paceMs, settings.pollEvery),
    ]);
    finished = true;
    const restarts = await restarting;
    const seconds = (Date.now() - started) / 1000;

    standIn.setFaults({ latencyMs: 0, faultRate: 0, dropRate: 0 });
    // What SharePoint holds, read with the app's own access: not through the service under test.
    const sharePoint = createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: () => standIn.entra.appToken() });
    const plan = await sharePoint.loadPlan(header.key);
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
      sharePointFaults: { ...service.sharePointFaults },
      restarts,
      rowsStored: stored.length,
      seconds,
    };
  } finally {
    clearInterval(ticker);
    participants.forEach((p) => p.store.stop());
    await service.close();
  }
}
