import { createAgendaEngine, type AgendaEngine } from '../../src/agenda';
import { sectionById, type Plan, type Row, type SectionDef } from '../../src/plan';
import { generatedRow, generatePlan, inMemoryPlan } from './fictional-plan';
import { median } from './statistics';

const MEETING_DATE = '2031-02-02';
const actionsSection = sectionById('actions') as SectionDef;

/** A seed-sized plan whose actions are replaced by `count` generated ones, in memory. */
function planWithActions(count: number): Plan {
  const base = generatePlan('agenda-bench', 150);
  const actions = Array.from({ length: count }, (_, i) => generatedRow(actionsSection, `agenda-bench-action-${i + 1}`, i + 1));
  return inMemoryPlan({ ...base, rows: [...base.rows.filter((r) => r.section.id !== 'actions'), ...actions] });
}

/** The plan as a fresh load gives it: every action row, its values and their text new objects. */
function reloaded(plan: Plan): Plan {
  return { ...plan, sections: { ...plan.sections, actions: structuredClone(plan.sections.actions) } };
}

/**
 * The plan after one change, as the app makes it: a new object for the changed row, in its place,
 * and every other row as it was. The changes go round the plan: an action marked done or opened
 * again, or its due date moved a week.
 */
function changedOnce(plan: Plan, run: number): Plan {
  const actions = [...plan.sections.actions];
  const at = (run * 7919) % actions.length;
  const row = actions[at]!;
  const values =
    run % 2 === 0
      ? { ...row.values, Status: row.values.Status === 'Done' ? 'Open' : 'Done' }
      : { ...row.values, DueDate: row.values.DueDate === '2031-02-09' ? '2031-02-16' : '2031-02-09' };
  actions[at] = { ...row, values } as Row<'actions'>;
  return { ...plan, sections: { ...plan.sections, actions } };
}

/** Milliseconds per build, by number of actions. */
export interface Timing {
  readonly median: Record<string, number>;
  /** The fastest build: what the engine costs when nothing else wants the CPU. */
  readonly fastest: Record<string, number>;
}

export interface AgendaTimes {
  /** Building from a freshly loaded plan: the engine has seen none of its rows (opening the meeting). */
  readonly cold: Timing;
  /** Building again after one action changed: what the app does after every change in a meeting. */
  readonly rebuild: Timing;
  /** How many items the agenda had. */
  readonly items: Record<string, number>;
}

/** Fresh plans made before they are timed, a few at a time: a 10,000-action plan takes about 13 MB. */
const FRESH_PLANS_AT_ONCE = 10;

function time(build: () => void): number {
  const start = performance.now();
  build();
  return performance.now() - start;
}

/** Cold builds: each over a plan whose rows are all new objects, made (and settled in memory) beforehand. */
function coldSamples(engine: AgendaEngine, plan: Plan, runs: number): number[] {
  const samples: number[] = [];
  while (samples.length < runs) {
    const fresh = Array.from({ length: Math.min(FRESH_PLANS_AT_ONCE, runs - samples.length) }, () => reloaded(plan));
    for (const p of fresh) samples.push(time(() => engine.propose({ plan: p, meetingDate: MEETING_DATE })));
  }
  return samples;
}

/** Rebuilds: each after one more change to the plan of the build before. */
function rebuildSamples(engine: AgendaEngine, plan: Plan, runs: number): number[] {
  let current = reloaded(plan);
  engine.propose({ plan: current, meetingDate: MEETING_DATE });
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const p = (current = changedOnce(current, run));
    samples.push(time(() => engine.propose({ plan: p, meetingDate: MEETING_DATE })));
  }
  return samples;
}

type MutableTiming = { -readonly [K in keyof Timing]: Record<string, number> };

function record(timing: MutableTiming, count: number, samples: readonly number[]): void {
  timing.median[String(count)] = median(samples);
  timing.fastest[String(count)] = Math.min(...samples);
}

/**
 * Time of one agenda build over a plan with each number of actions, cold (every row a new object)
 * and after one change, by one engine per size after a few warm-up builds of each (so the JIT has
 * compiled the engine and its date and owner labels are known, as in a tab open a while).
 */
export function benchAgenda(actionCounts: readonly number[], runs: number): AgendaTimes {
  const cold: MutableTiming = { median: {}, fastest: {} };
  const rebuild: MutableTiming = { median: {}, fastest: {} };
  const items: Record<string, number> = {};
  for (const count of actionCounts) {
    const plan = planWithActions(count);
    const engine = createAgendaEngine();
    items[String(count)] = engine.propose({ plan, meetingDate: MEETING_DATE }).items.length;
    coldSamples(engine, plan, 3);
    rebuildSamples(engine, plan, 5);
    record(cold, count, coldSamples(engine, plan, runs));
    record(rebuild, count, rebuildSamples(engine, plan, runs));
  }
  return { cold, rebuild, items };
}
