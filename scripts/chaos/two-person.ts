import { saveAgenda } from '../../src/agenda';
import { sectionById, validateValues } from '../../src/plan';
import { localTenantId } from '../../src/server/local-entra/local-entra';
import { SAMPLE_CEM, SAMPLE_COUNCILS, personValue } from '../../src/server/stand-in/sample-users';
import { ConflictError } from '../../src/storage/errors';
import { createMemoryQueue, createOutboxStore, type OutboxStore } from '../../src/storage/outbox';
import type { RowValues } from '../../src/storage/port';
import type { ChaosSettings } from './scenario';
import { startServiceUnderTest } from './service-under-test';

/**
 * Two people in one call doing the same things at the same moment, through the plan service
 * (each with the service's client store and an outbox, as in the browser) while the stand-in
 * behind it throttles, drops and delays: both taking notes, both editing the meeting's row (one the
 * agenda, the other the summary), and both changing the same actions — different fields on
 * some, the same field on others. Each pair of writes is based on the same version of the row,
 * so every one of them races. Nothing may be lost or doubled, and a conflict may only be raised
 * where both changed the same field.
 */
export interface TwoPersonReport {
  /** Writes the script attempted. */
  readonly scripted: number;
  /** Conflicts raised where the two changes touched different fields: must be 0. */
  readonly falseConflicts: number;
  /** Conflicts raised where both changed the same field (each is settled: the loser keeps theirs). */
  readonly sameFieldConflicts: number;
  /** Same-field races that raised no conflict (one person's change silently lost): must be 0. */
  readonly missedConflicts: number;
  /** Notes written but not stored once: must be 0. */
  readonly notesLost: number;
  readonly notesDuplicated: number;
  /** Different-field changes whose value is not in the row at the end: must be 0. */
  readonly changesLost: number;
  /** Writes storage refused outright (not conflicts), with the reason: must be none. */
  readonly refusals: readonly string[];
}

const COUNCIL = SAMPLE_COUNCILS.kestrelVale;
const MEETING = 'two-person/meeting';

/** The sizes of the scenario: a round of notes, different-field and same-field races per this many writes. */
function rounds(writes: number): { notes: number; differentField: number; sameField: number } {
  const notes = Math.max(2, Math.floor(writes / 4));
  const differentField = Math.max(2, Math.floor(writes / 8));
  const sameField = Math.max(1, Math.floor(writes / 16));
  return { notes, differentField, sameField };
}

export async function runTwoPerson(settings: ChaosSettings): Promise<TwoPersonReport> {
  const service = await startServiceUnderTest();
  const { standIn } = service;
  const storeFor = (email: string) => service.storeFor(email);
  const outboxes: OutboxStore[] = [];
  try {
    const setup = storeFor(SAMPLE_CEM.email);
    await setup.provision();
    const header = await setup.createPlan({
      council: 'Two Person Vale District Council',
      census: 'Census 2031',
      values: { Cem: personValue(SAMPLE_CEM), Aclm: personValue(COUNCIL.aclm), CouncilDomain: COUNCIL.domain, CouncilTenantId: localTenantId(COUNCIL.domain) },
    });
    const planId = header.key;
    const size = rounds(settings.writes);
    const actionKeys = Array.from({ length: size.differentField + size.sameField }, (_, i) => `${planId}/race-${i}`);
    for (const [i, key] of actionKeys.entries()) {
      await setup.createRow({ section: 'actions', planId, key, order: i, values: validateValues(sectionById('actions'), { ActionTitle: `Race ${i}`, Status: 'Open', Owner: 'CEM' }) });
    }
    await setup.createRow({ section: 'meetings', planId, key: MEETING, order: 0, values: validateValues(sectionById('meetings'), { MeetingDate: '2031-02-02', MeetingStatus: 'Live' }) });
    const seen = await setup.loadPlan(planId);

    const [cem, aclm] = [SAMPLE_CEM.email, COUNCIL.aclm.email].map((email) => {
      const outbox = createOutboxStore(storeFor(email), createMemoryQueue(), { maxConcurrent: settings.concurrency, connectivity: null, retry: { baseDelayMs: 200, maxDelayMs: 2000 } });
      outboxes.push(outbox);
      return outbox;
    }) as [OutboxStore, OutboxStore];
    standIn.setFaults({ latencyMs: settings.latencyMs, faultRate: settings.faultRate, dropRate: settings.dropRate });

    let scripted = 0;
    const refusals: string[] = [];
    let falseConflicts = 0;
    let sameFieldConflicts = 0;
    const update = async (store: OutboxStore, key: string, changes: RowValues, overlaps: boolean): Promise<'saved' | 'conflict'> => {
      const row = seen.sections.actions.find((a) => a.key === key) ?? seen.sections.meetings.find((m) => m.key === key)!;
      const base = Object.fromEntries(Object.keys(changes).map((name) => [name, row.values[name as keyof typeof row.values] ?? null]));
      scripted++;
      try {
        await store.updateRow({ planId, section: row.section, key: row.key, etag: row.etag, changes: validateValues(sectionById(row.section), changes, 'update'), base });
        return 'saved';
      } catch (error) {
        if (!(error instanceof ConflictError)) {
          refusals.push(error instanceof Error ? error.message : String(error));
          return 'saved';
        }
        if (overlaps) sameFieldConflicts++;
        else falseConflicts++;
        const change = store.pending().find((c) => c.state === 'conflict');
        if (change) await store.resolve(change.id, 'theirs');
        return 'conflict';
      }
    };

    const notes = (store: OutboxStore, who: string) =>
      Array.from({ length: size.notes }, (_, i) => {
        scripted++;
        // A refused create is not the end of the run: what storage holds is checked below.
        return store
          .createRow({ section: 'meetingNotes', planId, key: `${planId}/note-${who}-${i}`, order: i, values: validateValues(sectionById('meetingNotes'), { Note: `${who} note ${i}`, MeetingKey: MEETING }) })
          .catch((error: unknown) => void refusals.push(error instanceof Error ? error.message : String(error)));
      });
    const differentField = actionKeys.slice(0, size.differentField).flatMap((key) => [
      update(cem, key, { Status: 'In progress' }, false),
      update(aclm, key, { DueDate: '2031-03-01' }, false),
    ]);
    const sameField = actionKeys.slice(size.differentField).map((key) =>
      Promise.all([update(cem, key, { Owner: 'Ava Lindqvist' }, true), update(aclm, key, { Owner: 'Priya Raman' }, true)]),
    );
    // An agreed agenda as the app saves it: the service refuses anything else in AgendaSnapshot.
    const agreed = saveAgenda({ planId, meetingDate: '2031-02-02', nextMeetingDate: '2031-02-16', phase: 'Preparation', items: [], totalMinutes: 0, notes: [] });
    const agenda = [update(cem, MEETING, { AgendaSnapshot: agreed }, false), update(aclm, MEETING, { Summary: 'Agreed the drop-in.' }, false)];
    await Promise.all([...notes(cem, 'cem'), ...notes(aclm, 'aclm'), ...differentField, ...agenda]);
    const sameOutcomes = await Promise.all(sameField);
    await Promise.all(outboxes.map((o) => o.flush()));

    standIn.setFaults({ latencyMs: 0, faultRate: 0, dropRate: 0 });
    const plan = await setup.loadPlan(planId);
    const noteTexts = plan.sections.meetingNotes.map((n) => n.values.Note);
    const expected = ['cem', 'aclm'].flatMap((who) => Array.from({ length: size.notes }, (_, i) => `${who} note ${i}`));
    const notesLost = expected.filter((text) => !noteTexts.includes(text)).length;
    const notesDuplicated = noteTexts.length - new Set(noteTexts).size;
    const changesLost =
      actionKeys.slice(0, size.differentField).filter((key) => {
        const row = plan.sections.actions.find((a) => a.key === key);
        return row?.values.Status !== 'In progress' || row.values.DueDate !== '2031-03-01';
      }).length + (plan.sections.meetings.find((m) => m.key === MEETING)?.values.Summary === 'Agreed the drop-in.' ? 0 : 1);
    // Both same-field writes "saved" means the second overwrote the first without anyone being asked.
    const missedConflicts = sameOutcomes.filter((pair) => pair.every((o) => o === 'saved')).length;
    return { scripted, falseConflicts, sameFieldConflicts, missedConflicts, notesLost, notesDuplicated, changesLost, refusals };
  } finally {
    outboxes.forEach((o) => o.stop());
    await service.close();
  }
}
