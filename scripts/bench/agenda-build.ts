import { proposeAgenda } from '../../src/agenda';
import { sectionById, type SectionDef } from '../../src/plan';
import { generatedRow, generatePlan, inMemoryPlan } from './fictional-plan';
import { median } from './statistics';

const MEETING_DATE = '2031-02-02';
const actionsSection = sectionById('actions') as SectionDef;

/** A seed-sized plan whose actions are replaced by `count` generated ones, in memory. */
function planWithActions(count: number) {
  const base = generatePlan('agenda-bench', 150);
  const actions = Array.from({ length: count }, (_, i) => generatedRow(actionsSection, `agenda-bench-action-${i + 1}`, i + 1));
  return inMemoryPlan({ ...base, rows: [...base.rows.filter((r) => r.section.id !== 'actions'), ...actions] });
}

export interface AgendaTimes {
  /** Median milliseconds per build, by number of actions. */
  readonly median: Record<string, number>;
  /** The fastest build: what the engine costs when nothing else wants the CPU. */
  readonly fastest: Record<string, number>;
  /** How many items the agenda had. */
  readonly items: Record<string, number>;
}

/**
 * Time of one `proposeAgenda` over a plan with each number of actions, after a few warm-up
 * builds (so the JIT has compiled the engine, as it has in a tab that has been open a while).
 */
export function benchAgenda(actionCounts: readonly number[], runs: number): AgendaTimes {
  const result: AgendaTimes = { median: {}, fastest: {}, items: {} };
  for (const count of actionCounts) {
    const plan = planWithActions(count);
    for (let i = 0; i < 5; i += 1) result.items[String(count)] = proposeAgenda({ plan, meetingDate: MEETING_DATE }).items.length;
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      proposeAgenda({ plan, meetingDate: MEETING_DATE });
      samples.push(performance.now() - start);
    }
    result.median[String(count)] = median(samples);
    result.fastest[String(count)] = Math.min(...samples);
  }
  return result;
}
