import { MINUTES } from '../minutes';
import { counted, date, say } from '../text';
import { phasesDueBy, STAGE_LABELS, stageStart } from '../milestones';
import type { AgendaItem } from '../types';
import { refOf, type RuleContext } from './context';

/**
 * The media checklists' gaps for the current campaign phase: an item counts when its tick for
 * this phase, or for any earlier one, is not set (a gap left in Announce is still a gap in
 * Address). Nothing is due before the Announce phase starts, so Preparation has no gaps.
 */
export function checklistItems({ plan, stage }: RuleContext): AgendaItem[] {
  const phases = phasesDueBy(stage);
  if (stage === 'Preparation' || phases.length === 0) return [];
  const gaps = [...plan.sections.supportChecklist, ...plan.sections.socialMediaChecklist].filter((row) =>
    phases.some((phase) => row.values[phase] !== true),
  );
  if (gaps.length === 0) return [];
  const phase = { schema: STAGE_LABELS[stage] };
  const started = stageStart(plan.header.values, stage);
  return [
    {
      id: `checklist:${stage}`,
      kind: 'checklist',
      title: say('agenda.title.checklist', { phase, count: gaps.length }),
      reason: [
        started
          ? counted('agenda.reason.checklist.started', gaps.length, { phase, date: date(started) })
          : counted('agenda.reason.checklist.begun', gaps.length, { phase }),
      ],
      minutes: MINUTES.checklist,
      rows: gaps.map(refOf),
      strand: 7,
      flagged: false,
    },
  ];
}
