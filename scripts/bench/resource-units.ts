import { MEETING_SECTIONS } from '../../src/features/meeting/meeting-rows';
import { subscribePlan } from '../../src/lib/live';
import { sectionById, type SectionDef } from '../../src/plan';
import { SAMPLE_CEM, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { BENCH_ACLM_EMAIL, generatedRow } from './fictional-plan';
import { ruPlanId, startRuSite, type RuSite } from './ru-site';
import { percentile, sleep } from './statistics';

/** SharePoint resource units, as the stand-in's meter counts them, for the plan service's design and for today's. */
export interface ResourceUnitResult {
  readonly meeting: number;
  readonly rollup300: number;
  readonly hundredMeetingsPerMinute: number;
  /** Decision recorded by one person → shown in the other person's side panel (real time), ms. */
  readonly seenP50: number;
  readonly seenP95: number;
  readonly seenTries: number;
  readonly today: { readonly meeting: number; readonly rollup300: number; readonly hundredMeetingsPerMinute: number };
  /** How the figures were made up, for the table's notes. */
  readonly parts: Readonly<Record<string, number>>;
}

const decisions = sectionById('decisions') as SectionDef;
const MEETING_MINUTES = 60;
const MEETING_WRITES = 60;
const SEEN_TIMEOUT_MS = 10_000;

type Site = RuSite;
const planIdOf = ruPlanId;

async function api(site: Site, email: string, method: string, pathName: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${site.apiBase}${pathName}`, {
    method,
    headers: { Authorization: `Bearer ${await site.token(email)}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${pathName} answered ${response.status}: ${text.slice(0, 300)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** One open frame (side panel or stage): reads the plan through the service, then follows its stream. */
async function openFrame(site: Site, email: string, planId: string, seen: Map<string, number> | undefined): Promise<() => void> {
  const readAt = Date.now();
  await api(site, email, 'GET', `/plans/${planId}`);
  let ready!: () => void;
  const connected = new Promise<void>((resolve) => (ready = resolve));
  const stop = subscribePlan(
    planId,
    {
      onReady: () => ready(),
      onChange: (data) => {
        const at = performance.now();
        for (const change of data.changes) if (change.kind === 'upsert' && seen && !seen.has(change.row.key)) seen.set(change.row.key, at);
      },
    },
    { apiBase: site.apiBase, getToken: () => site.token(email) },
    // As the app does: what was written since the read comes down the stream, no second read.
    { since: readAt },
  );
  await connected;
  return stop;
}

async function seenWithin(seen: Map<string, number>, key: string): Promise<number> {
  const deadline = performance.now() + SEEN_TIMEOUT_MS;
  while (!seen.has(key)) {
    if (performance.now() > deadline) throw new Error(`The other person did not see decision ${key} within ${SEEN_TIMEOUT_MS / 1000} s.`);
    await sleep(2);
  }
  return seen.get(key)!;
}

interface MeetingRun {
  readonly opened: number;
  readonly total: number;
  readonly latencies: readonly number[];
}

/**
 * Meetings on `planIds` at once, each with the CEM and the ACLM, each with the side panel and the
 * stage open, for `minutes` of simulated time with `writes` decisions each, taking turns. The
 * service's clock (its outside-edits watcher) is moved on a minute at a time; the writes and the
 * streams are real. Times the first meeting's decisions from saved to shown to the other person.
 */
async function runMeetings(site: Site, planIds: readonly string[], minutes: number, writes: number): Promise<MeetingRun> {
  const people = [SAMPLE_CEM.email, BENCH_ACLM_EMAIL];
  const seenBy = new Map<string, Map<string, number>>(people.map((p) => [p, new Map()]));
  site.reset();
  const stops: (() => void)[] = [];
  // Ten meetings open at a time; in each, people join one after the other.
  const openMeeting = async (planId: string) => {
    for (const person of people) {
      stops.push(await openFrame(site, person, planId, planId === planIds[0] ? seenBy.get(person) : undefined));
      stops.push(await openFrame(site, person, planId, undefined));
    }
    // The first to open links the plan's meeting to its Teams meeting, as the side panel does
    // (the service first makes sure no other plan holds that Teams meeting).
    await api(site, people[0]!, 'PATCH', `/plans/${planId}/sections/meetings/rows/${planId}-meetings-1`, { changes: { TeamsMeetingId: `19:meeting_${planId}@thread.v2` } });
  };
  for (let i = 0; i < planIds.length; i += 10) await Promise.all(planIds.slice(i, i + 10).map(openMeeting));
  const opened = site.units();
  const latencies: number[] = [];
  const perMinute = writes / minutes;
  let written = 0;
  try {
    for (let minute = 1; minute <= minutes; minute += 1) {
      const due = Math.round(minute * perMinute) - written;
      for (let w = 0; w < due; w += 1) {
        written += 1;
        const writer = people[written % 2]!;
        const other = people[(written + 1) % 2]!;
        await Promise.all(
          planIds.map(async (planId, i) => {
            const row = generatedRow(decisions, `${planId}-ru-${written}`, written);
            // Recorded in the plan's meeting about a row of the plan, as the side panel records it
            // (the service checks both are this plan's).
            const values = { ...row.values, MeetingKey: `${planId}-meetings-1`, LinkedSection: 'offersOfHelp', LinkedRowKey: `${planId}-offersOfHelp-1` };
            await api(site, writer, 'POST', `/plans/${planId}/sections/decisions/rows`, { key: row.key, values });
            if (i === 0) {
              const saved = performance.now();
              latencies.push((await seenWithin(seenBy.get(other)!, row.key)) - saved);
            }
          }),
        );
      }
      await site.clock.advance(60_000);
    }
  } finally {
    for (const stop of stops) stop();
  }
  return { opened, total: site.units(), latencies };
}

/** Today's design, per person straight to SharePoint: what one plan read, one write and one poll cost. */
async function todaysUnitCosts(site: Site, planId: string): Promise<{ load: number; write: number; poll: number; rollupPerPlan: number; listPlans: number }> {
  const graph = site.graphFor(SAMPLE_CEM.email);
  await graph.listPlans();
  const cost = async (work: () => Promise<unknown>) => {
    site.reset();
    await work();
    return site.units();
  };
  const load = await cost(() => graph.loadPlan(planId));
  const row = generatedRow(decisions, `${planId}-today-1`, 1);
  const write = await cost(() => graph.createRow({ section: 'decisions', planId, key: row.key, values: row.values }));
  const { cursor } = await graph.changes(MEETING_SECTIONS);
  const poll = await cost(() => graph.changes(MEETING_SECTIONS, cursor));
  const listPlans = await cost(() => graph.listPlans());
  return { load, write, poll, rollupPerPlan: load, listPlans };
}

/** How big the runs are: the figures by default; tests run them small. */
export interface ResourceUnitScale {
  readonly rollupPlans: number;
  readonly meetings: number;
}

export async function benchResourceUnits(progress: (line: string) => void, scale: ResourceUnitScale = { rollupPlans: 300, meetings: 100 }): Promise<ResourceUnitResult> {
  const { rollupPlans, meetings } = scale;
  progress(`Resource units: a site of ${rollupPlans} fictional plans behind the plan service…`);
  const site = await startRuSite(Math.max(rollupPlans, meetings + 1));
  try {
    progress('Resource units: one 60-minute meeting (two people, side panel and stage each, 60 decisions), simulated clock…');
    const meeting = await runMeetings(site, [planIdOf(1)], MEETING_MINUTES, MEETING_WRITES);

    progress(`Resource units: the managers’ roll-up over ${rollupPlans} plans…`);
    site.reset();
    await api(site, SAMPLE_MANAGER.email, 'GET', '/rollup');
    const rollup300 = site.units();

    progress(`Resource units: ${meetings} meetings at once, 5 simulated minutes…`);
    const hundred = await runMeetings(site, Array.from({ length: meetings }, (_, i) => planIdOf(rollupPlans - i)), 5, 5);
    // Each meeting opens once an hour; the steady minutes carry the writes and the watcher.
    const hundredPerMinute = (hundred.total - hundred.opened) / 5 + hundred.opened / MEETING_MINUTES;

    progress('Resource units: what today’s per-person polling design spends per read, write and poll…');
    const unit = await todaysUnitCosts(site, planIdOf(2));
    const frames = 4;
    const pollsPerFrame = MEETING_MINUTES * 60;
    const todayMeeting = frames * unit.load + MEETING_WRITES * unit.write + frames * pollsPerFrame * unit.poll;
    const todayRollup = unit.listPlans + rollupPlans * unit.rollupPerPlan;
    const todayHundred = meetings * (frames * unit.load / MEETING_MINUTES + unit.write + frames * 60 * unit.poll);
    return {
      meeting: meeting.total,
      rollup300,
      hundredMeetingsPerMinute: Math.round(hundredPerMinute),
      seenP50: percentile(meeting.latencies, 0.5),
      seenP95: percentile(meeting.latencies, 0.95),
      seenTries: meeting.latencies.length,
      today: { meeting: todayMeeting, rollup300: todayRollup, hundredMeetingsPerMinute: Math.round(todayHundred) },
      parts: {
        meetingOpening: meeting.opened,
        meetingAfterOpening: meeting.total - meeting.opened,
        hundredOpening: hundred.opened,
        hundredFiveMinutes: hundred.total - hundred.opened,
        todayLoad: unit.load,
        todayWrite: unit.write,
        todayPoll: unit.poll,
        todayListPlans: unit.listPlans,
      },
    };
  } finally {
    await site.close();
  }
}

